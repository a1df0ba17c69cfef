"use client";

import { useCallback, useEffect, useRef, useState } from "react";

type Load<T> =
  | { status: "idle" | "loading" }
  | { status: "done"; data: T }
  | { status: "error"; message: string };

/**
 * Loads something the first time a reader reaches for it (pointer, touch or keyboard focus):
 * the interactive chart code and its data stay out of the first page load.
 */
export function useOnDemand<T>(load: () => Promise<T>) {
  const [state, setState] = useState<Load<T>>({ status: "idle" });
  const focused = useRef(false);
  const start = useCallback(
    (viaFocus: boolean) => {
      if (state.status !== "idle") return;
      focused.current = viaFocus;
      setState({ status: "loading" });
      load().then(
        (data) => setState({ status: "done", data }),
        (e: unknown) =>
          setState({ status: "error", message: e instanceof Error ? e.message : String(e) }),
      );
    },
    [load, state.status],
  );
  const frame = useRef<HTMLDivElement>(null);
  // Keyboard readers land on the interactive chart's own focus stop once it has rendered (its
  // code may still be arriving when the data is in, so watch the frame until it appears).
  useEffect(() => {
    const el = frame.current;
    if (state.status !== "done" || !focused.current || !el) return;
    const tryFocus = () => {
      const target = el.querySelector<HTMLElement>("[tabindex='0']");
      if (target) {
        target.focus();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(tryFocus);
    observer.observe(el, { childList: true, subtree: true });
    tryFocus();
    return () => observer.disconnect();
  }, [state.status]);
  const triggers = {
    ref: frame,
    onPointerEnter: () => start(false),
    onTouchStart: () => start(false),
    onFocus: () => start(true),
  };
  return { state, triggers };
}

/** GET a same-origin JSON URL; a failed response is an error that names the status. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the server answered ${res.status} for ${url}`);
  return (await res.json()) as T;
}

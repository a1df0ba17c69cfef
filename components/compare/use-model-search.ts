"use client";

import { useEffect, useRef, useState } from "react";
import { modelSearchUrl } from "@/lib/models/model-search-params";
import type { PickerOption } from "./model-picker";

export type SearchStatus = "idle" | "loading" | "ready" | "error";

export interface ModelSearch {
  matches: readonly PickerOption[];
  status: SearchStatus;
  /** What went wrong, for the list's status line (status "error"). */
  error: string | null;
  retry: () => void;
  /** Calls `then` with the matches when the search in flight answers (Enter typed before it did). */
  afterAnswer: (then: (matches: readonly PickerOption[]) => void) => void;
  cancelAfterAnswer: () => void;
}

/** Typing settles before a request goes out; a reply within this time reads as instant. */
const DEBOUNCE_MS = 120;
/** A search that has not answered by then is reported, not left spinning. */
const TIMEOUT_MS = 8_000;
// Answers per address for this tab: retyping a query or undoing a pick asks nothing again.
const answers = new Map<string, PickerOption[]>();
const SUPERSEDED = "superseded by newer typing";

/**
 * The picker's matches: each settled query asks GET /api/models, so a page does not carry every
 * model ever rated.
 */
export function useModelSearch(query: string, exclude: readonly string[]): ModelSearch {
  const [attempt, setAttempt] = useState(0);
  const waiting = useRef<((matches: readonly PickerOption[]) => void) | null>(null);
  const [reply, setReply] = useState<{ url: string; options: PickerOption[] } | null>(null);
  const [failed, setFailed] = useState<{ url: string; message: string } | null>(null);
  const url = query.trim() ? modelSearchUrl(query.trim(), exclude) : null;
  const cached = url ? answers.get(url) : undefined;

  useEffect(() => {
    if (!url || answers.has(url)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const timeout = setTimeout(() => controller.abort(new Error("timeout")), TIMEOUT_MS);
      fetch(url, { signal: controller.signal })
        .then(async (res) => {
          const body = (await res.json().catch(() => null)) as {
            options?: PickerOption[];
            error?: string;
          } | null;
          if (!res.ok || !body?.options)
            throw new Error(body?.error ?? `the server answered ${res.status}`);
          answers.set(url, body.options);
          setReply({ url, options: body.options });
          const then = waiting.current;
          waiting.current = null;
          then?.(body.options);
        })
        .catch((err: unknown) => {
          const reason = controller.signal.aborted ? controller.signal.reason : null;
          if (reason === SUPERSEDED) return;
          waiting.current = null;
          setFailed({
            url,
            message:
              reason instanceof Error
                ? "The search took too long."
                : `The search failed (${err instanceof Error ? err.message : "network error"}).`,
          });
        })
        .finally(() => clearTimeout(timeout));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort(SUPERSEDED);
    };
  }, [url, attempt]);

  const base = {
    error: null,
    retry: () => {},
    afterAnswer: (then: (matches: readonly PickerOption[]) => void) => {
      waiting.current = then;
    },
    cancelAfterAnswer: () => {
      waiting.current = null;
    },
  };
  if (!url) return { ...base, matches: [], status: "idle" };
  const fetched = cached ?? (reply?.url === url ? reply.options : undefined);
  if (fetched) return { ...base, matches: fetched, status: "ready" };
  if (failed?.url === url)
    return {
      ...base,
      matches: [],
      status: "error",
      error: failed.message,
      retry: () => {
        setFailed(null);
        setAttempt((n) => n + 1);
      },
    };
  // The last answer stays up while the next loads, so the list does not flicker per keystroke.
  return { ...base, matches: reply?.options ?? [], status: "loading" };
}

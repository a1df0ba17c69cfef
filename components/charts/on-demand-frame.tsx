"use client";

import type { ReactNode, RefObject } from "react";
import styles from "./svg-plot.module.css";

interface Props {
  status: "idle" | "loading" | "done" | "error";
  error?: string;
  triggers: {
    ref: RefObject<HTMLDivElement | null>;
    onPointerEnter: () => void;
    onTouchStart: () => void;
    onFocus: () => void;
  };
  /** The server-drawn picture, shown until the interactive chart is ready. */
  picture: ReactNode;
  /** The interactive chart, once loaded. */
  live: ReactNode;
  /** Where the same numbers are when the interactive chart cannot load. */
  fallback: string;
}

/** The frame that swaps a chart's picture for its interactive version on first reach. */
export function OnDemandFrame({ status, error, triggers, picture, live, fallback }: Props) {
  const { ref, onPointerEnter, onTouchStart, onFocus } = triggers;
  if (status === "done")
    return (
      <div ref={ref} data-testid="chart-live">
        {live}
      </div>
    );
  return (
    <div
      onPointerEnter={onPointerEnter}
      onTouchStart={onTouchStart}
      onFocus={onFocus}
      tabIndex={0}
      role="group"
      aria-label="Chart picture: hover, tap or focus it for exact values"
      data-testid="chart-picture"
    >
      {picture}
      <p className={styles.loadState} role="status">
        {status === "loading"
          ? "Loading exact values…"
          : status === "error"
            ? `Exact values could not load (${error ?? "unknown error"}); ${fallback}.`
            : ""}
      </p>
    </div>
  );
}

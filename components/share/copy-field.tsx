"use client";

import { useState } from "react";
import styles from "./share-panel.module.css";

/** A read-only text (a URL or a snippet) with a button that copies it; selectable when copying is blocked. */
export function CopyField({
  label,
  value,
  multiline = false,
  testId,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  testId: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2500);
  };
  const field = {
    "aria-label": label,
    readOnly: true,
    value,
    "data-testid": testId,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      e.currentTarget.select(),
  };
  return (
    <div className={styles.row}>
      {multiline ? <textarea rows={3} {...field} /> : <input type="text" {...field} />}
      <button type="button" onClick={() => void copy()} data-testid={`${testId}-copy`}>
        {state === "copied" ? "Copied" : "Copy"}
      </button>
      <span role="status" className={state === "failed" ? "muted" : "sr-only"}>
        {state === "copied" ? `${label} copied` : state === "failed" ? "Select it and copy." : ""}
      </span>
    </div>
  );
}

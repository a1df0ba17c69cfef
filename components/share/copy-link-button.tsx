"use client";

import { useState } from "react";

/** Copies the current address, which holds the whole view state. */
export function CopyLinkButton({ label = "Copy link to this view" }: { label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState("copied");
    } catch {
      // Clipboard access can be denied (insecure origin, permissions): show the link instead.
      window.prompt("Copy this link:", window.location.href);
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2500);
  };
  return (
    <>
      <button type="button" onClick={() => void copy()} data-testid="copy-link">
        {state === "copied" ? "Link copied" : label}
      </button>
      <span role="status" className="sr-only">
        {state === "copied" ? "Link copied to the clipboard" : ""}
      </span>
    </>
  );
}

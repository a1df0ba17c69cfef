"use client";

import { useState } from "react";

export interface CiteViewProps {
  /** What the view shows, e.g. "GPT-4o vs DeepSeek-R1". */
  title: string;
  sourceName: string;
  /** Date of the snapshot the numbers come from (YYYY-MM-DD). */
  snapshotDate: string;
  /** The absolute URL that reopens this view (ideally with `at=` pinned). */
  url: string;
  /** The day of access (YYYY-MM-DD), given by the server so both renders agree. */
  accessed: string;
}

/** Formats the citation text; exported so other pages and tests build the exact same string. */
export function formatCitation(p: CiteViewProps): string {
  return `OpenGap, ${p.title}, ${p.sourceName} snapshot ${p.snapshotDate}, ${p.url}, accessed ${p.accessed}`;
}

/** "Cite this view": a ready-made reference naming the source and snapshot, with a copy button. */
export function CiteView(props: CiteViewProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const text = formatCitation(props);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // Clipboard access can be denied; the text stays selectable in the box.
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2500);
  };
  return (
    <section aria-labelledby="cite-heading" data-testid="cite-view">
      <h2 id="cite-heading">Cite this view</h2>
      <p
        className="card"
        style={{ overflowWrap: "anywhere", fontSize: "0.9rem", margin: "0 0 0.5rem" }}
        data-testid="cite-text"
      >
        {text}
      </p>
      <button type="button" onClick={() => void copy()} data-testid="copy-citation">
        {state === "copied" ? "Citation copied" : "Copy citation"}
      </button>
      <span role="status" className={state === "failed" ? "muted" : "sr-only"}>
        {state === "copied"
          ? "Citation copied to the clipboard"
          : state === "failed"
            ? " Copying is blocked here; select the text above instead."
            : ""}
      </span>
    </section>
  );
}

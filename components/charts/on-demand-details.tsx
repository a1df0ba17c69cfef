"use client";

import { useCallback, type ReactNode } from "react";
import { fetchJson, useOnDemand } from "./use-on-demand";

/**
 * A disclosure whose content is fetched from `url` the first time it is opened, with a loading
 * line, an error that says what failed, and where else to find the numbers.
 */
export function OnDemandDetails<T>({
  url,
  summary,
  testId,
  elsewhere,
  children,
}: {
  url: string;
  summary: ReactNode;
  testId?: string;
  /** Where the same information is without JavaScript or when loading fails (a sentence). */
  elsewhere: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const load = useCallback(() => fetchJson<T>(url), [url]);
  const { state, triggers } = useOnDemand(load);
  return (
    <details
      data-testid={testId}
      onToggle={(e) => {
        if (e.currentTarget.open) triggers.onPointerEnter();
      }}
    >
      <summary>{summary}</summary>
      {state.status === "done" ? (
        children(state.data)
      ) : (
        <p className="muted" role="status" data-testid="on-demand-state">
          {state.status === "error" ? `Could not load this part (${state.message}). ` : ""}
          {state.status === "loading" ? "Loading… " : ""}
          {state.status === "idle" && <noscript>This part needs JavaScript. </noscript>}
          {elsewhere}
        </p>
      )}
    </details>
  );
}

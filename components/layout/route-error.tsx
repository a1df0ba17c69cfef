"use client";

import type { ReactNode } from "react";

/**
 * Body of a route's error.tsx, the last line of defence: an unexpected failure shows a way
 * forward (a retry and a link elsewhere), never a stack trace.
 */
export function RouteError({
  title,
  testId,
  what,
  reset,
  elsewhere,
}: {
  title: string;
  testId: string;
  /** What could not be loaded, e.g. "This comparison". */
  what: string;
  reset: () => void;
  /** Where to go instead, shown after "Try again or". */
  elsewhere: ReactNode;
}) {
  return (
    <main data-testid={testId}>
      <h1>{title}</h1>
      <div className="warning" role="alert">
        <p>
          {what} could not be loaded. The link may hold a value OpenGap cannot read, or the database
          is busy with an ingest.
        </p>
        <p>
          <button type="button" onClick={reset}>
            Try again
          </button>{" "}
          or {elsewhere}.
        </p>
      </div>
    </main>
  );
}

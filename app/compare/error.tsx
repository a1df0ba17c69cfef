"use client";

import Link from "next/link";

/** Last line of defence: an unexpected failure shows a way forward, never a stack trace. */
export default function CompareError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main data-testid="compare-error">
      <h1>Compare models</h1>
      <div className="warning" role="alert">
        <p>
          This comparison could not be loaded. The link may hold a value OpenGap cannot read, or the
          database is busy with an ingest.
        </p>
        <p>
          <button type="button" onClick={reset}>
            Try again
          </button>{" "}
          or <Link href="/compare">start a new comparison</Link>.
        </p>
      </div>
    </main>
  );
}

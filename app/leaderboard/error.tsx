"use client";

import Link from "next/link";

/** A failure while reading the board: say so plainly and offer a retry, never a stack trace. */
export default function LeaderboardError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="main">
      <h1>Leaderboard</h1>
      <div className="warning" role="alert" data-testid="leaderboard-error">
        <strong>The leaderboard could not be loaded.</strong> The database may be busy with an
        ingest or not set up yet (run <code>npm run db:seed</code>).
        {error.digest ? ` Reference: ${error.digest}.` : ""}
      </div>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{" "}
        or go to the <Link href="/">gap overview</Link> or the{" "}
        <Link href="/status">data status</Link>.
      </p>
    </main>
  );
}

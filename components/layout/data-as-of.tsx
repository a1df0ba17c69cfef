import Link from "next/link";
import { daysOld, STALE_AFTER_DAYS } from "@/lib/today/pick-board-today";

interface Props {
  /** The board's newest complete snapshot (lib/today/pick-board-today.ts). */
  date: string;
  sourceName: string;
  /** What the page shows from it, e.g. "Text arena, style control off". */
  board: string;
  /** Today's date (server clock), ISO. */
  now: string;
}

/**
 * "As of DATE, SOURCE" for a page's board, and a banner when that is more than two weeks old:
 * either the sources have not published since, or the scheduled ingest is failing.
 */
export function DataAsOf({ date, sourceName, board, now }: Props) {
  const age = daysOld(date, now);
  return (
    <>
      {age > STALE_AFTER_DAYS && (
        <p className="warning" role="status" data-testid="stale-banner">
          The newest complete leaderboard here is from {date}, {age} days ago. Either the sources
          have not published since or the scheduled update is failing: see{" "}
          <Link href="/status">data status</Link>.
        </p>
      )}
      <p className="muted" data-testid="as-of">
        {board}: as of{" "}
        <time dateTime={date} data-testid="as-of-date">
          {date}
        </time>
        , <span data-testid="as-of-source">{sourceName}</span>.
      </p>
    </>
  );
}

import { daysBetween } from "@/lib/dates/iso-date";
import type { Coverage } from "@/lib/domain";

/** One snapshot of a board (arena × style control), as "today" logic needs it. */
export interface BoardSnapshot {
  id: number;
  date: string;
  source: string;
  sourceName: string;
  priority: number;
  coverage: Coverage;
  hasIntervals: boolean;
}

/**
 * The board as it stood on `at` (or now): the newest COMPLETE snapshot on or before that date,
 * from whichever source published it; on one date, intervals beat none, then source priority.
 * Every page's "as of DATE, SOURCE" comes from here, so they all agree. Null when no complete
 * snapshot is that old.
 */
export function pickBoardToday(
  snapshots: readonly BoardSnapshot[],
  at: string | null = null,
): BoardSnapshot | null {
  let best: BoardSnapshot | null = null;
  for (const s of snapshots) {
    if (s.coverage !== "complete" || (at !== null && s.date > at)) continue;
    if (
      !best ||
      s.date > best.date ||
      (s.date === best.date &&
        (Number(s.hasIntervals) - Number(best.hasIntervals) ||
          best.priority - s.priority ||
          best.source.localeCompare(s.source)) > 0)
    )
      best = s;
  }
  return best;
}

/** Days from `date` to `now` (both ISO dates). */
export function daysOld(date: string, now: string): number {
  return daysBetween(date, now);
}

/** Newer data than this is "current"; older gets a banner pointing at /status. */
export const STALE_AFTER_DAYS = 14;

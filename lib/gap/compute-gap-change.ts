import { subtractCalendarMonths } from "@/lib/dates/iso-date";
import type { GapChange, GapPoint } from "./types";

/**
 * How the gap moved between the latest point of `timeline` dated on or before `at.date` minus
 * `months` calendar months, and `at`. Gaps are within-snapshot differences, so the earlier point
 * may come from another source; both points are returned so the UI can name each source.
 * Points without a gap are passed over; null when no earlier point has one or `at` has none.
 */
export function computeGapChange(
  timeline: readonly GapPoint[],
  at: GapPoint,
  months: number,
): GapChange | null {
  if (at.gap === null || at.gapPct === null) return null;
  const cutoff = subtractCalendarMonths(at.date, months);
  let from: GapPoint | null = null;
  for (const p of timeline) {
    if (p.gap === null || p.gapPct === null || p.date > cutoff) continue;
    // On a shared date prefer the point from `at`'s own source: one scale when possible.
    const later = !from || p.date > from.date;
    const sameDayBetter = from?.date === p.date && p.source === at.source;
    if (later || sameDayBetter) from = p;
  }
  if (!from || from.gap === null || from.gapPct === null) return null;
  return {
    from,
    to: at,
    months,
    points: at.gap - from.gap,
    percentagePoints: at.gapPct - from.gapPct,
  };
}

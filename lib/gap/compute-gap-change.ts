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

/** 2025-05-31 minus 3 months is 2025-02-28: the day is clamped to the target month's length. */
export function subtractCalendarMonths(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return `${String(year).padStart(4, "0")}-${pad(month + 1)}-${pad(day)}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

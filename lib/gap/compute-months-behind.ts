import { daysBetween } from "./days-between";
import type { GapPoint, MonthsBehind } from "./types";

/** Average Gregorian month, so "months" reads the same whatever the calendar month. */
export const DAYS_PER_MONTH = 30.4375;

/**
 * Per point of ONE series (any order; result aligned with the input): months since a proprietary
 * model of that series first rated ≥ the best open rating. `censored` when the series' first
 * proprietary rating already did ("≥ N months"); 0 with no reach date when the open model leads.
 */
export function computeMonthsBehind(series: readonly GapPoint[]): MonthsBehind[] {
  const withClosed = series
    .filter((p): p is GapPoint & { closed: NonNullable<GapPoint["closed"]> } => p.closed !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
  const firstDate = withClosed[0]?.date;
  return series.map((p): MonthsBehind => {
    const none = { snapshotId: p.snapshotId, censored: false, reachedOn: null, reachedBy: null };
    const earlier = withClosed.filter((q) => q.date <= p.date);
    if (!p.open || earlier.length === 0) return { ...none, monthsBehind: null };
    const openRating = p.open.rating;
    const reached = earlier.find((q) => q.closed.rating >= openRating);
    if (!reached) return { ...none, monthsBehind: 0 };
    return {
      snapshotId: p.snapshotId,
      monthsBehind: Math.round((daysBetween(reached.date, p.date) / DAYS_PER_MONTH) * 10) / 10,
      censored: reached.date === firstDate,
      reachedOn: reached.date,
      reachedBy: reached.closed.name,
    };
  });
}

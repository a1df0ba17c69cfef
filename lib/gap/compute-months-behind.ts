import type { AvailabilityBasis } from "@/lib/domain";
import { monthsBetween } from "@/lib/dates/iso-date";
import type { GapPoint, MonthsBehind, ProprietaryStep } from "./types";

const months = monthsBetween;

/**
 * Months behind within ONE snapshot (the method of Epoch AI's open-vs-closed figures): R is the
 * best open rating on this board; the proprietary frontier over time is, for each date, the best
 * rating in this same snapshot among proprietary models available by then (`steps`, ordered by
 * availability); months behind = snapshot date − the date that frontier first reached R.
 * Ratings are never compared across snapshots, so re-anchoring between snapshots cannot leak in.
 *
 * With intervals, `range` runs from the date the frontier reached R's upper bound (fewest
 * months) to the date it reached R's lower bound, i.e. was no longer significantly below the
 * open model (most months). `censored` when the reaching model was already rated on the first
 * day of the whole history (`historyStart`) and no release date says when it came out: "≥ N".
 */
export function computeMonthsBehind(
  point: GapPoint,
  steps: readonly ProprietaryStep[],
  historyStart: string,
): MonthsBehind {
  const none = {
    snapshotId: point.snapshotId,
    monthsBehind: null,
    range: null,
    censored: false,
    reachedOn: null,
    reachedBy: null,
    reachedBasis: null,
    openLeads: false,
    newLeaderOnly: false,
  };
  const open = point.open;
  if (!open || !point.closed) return none;
  const reach = (threshold: number) => steps.find((s) => s.rating >= threshold) ?? null;
  const at = reach(open.rating);
  if (!at) return { ...none, monthsBehind: 0, openLeads: true };
  const late = open.upper !== null ? reach(open.upper) : null;
  const early = open.lower !== null ? reach(open.lower) : null;
  const value = Math.max(0, months(at.availableFrom, point.date));
  const censored = isCensored(at.availableFrom, at.basis, historyStart);
  // The frontier may never reach the open model's upper bound: then the fewest months is 0.
  const fewest = late ? Math.max(0, months(late.availableFrom, point.date)) : 0;
  const most = early ? Math.max(0, months(early.availableFrom, point.date)) : value;
  return {
    snapshotId: point.snapshotId,
    monthsBehind: value,
    range: open.lower !== null && open.upper !== null ? [fewest, most] : null,
    censored,
    reachedOn: at.availableFrom,
    reachedBy: at.name,
    reachedBasis: at.basis,
    openLeads: false,
    // Every proprietary model ahead is new in this very snapshot: under a month, never "0".
    newLeaderOnly: value < 1 && isSignificantlyAhead(point),
  };
}

function isCensored(date: string, basis: AvailabilityBasis, historyStart: string): boolean {
  return basis === "appearance" && date <= historyStart;
}

function isSignificantlyAhead(p: GapPoint): boolean {
  if (!p.open || !p.closed) return false;
  if (p.closed.lower !== null && p.open.upper !== null) return p.closed.lower > p.open.upper;
  return (p.gap ?? 0) > 0;
}

import type { ViewPoint } from "./build-gap-view";
import type { GapChange } from "./types";
import { winProbability } from "./win-probability";

/** The headline in words, with every number traceable to `point` (snapshot, source). */
export interface GapAnswer {
  /** "28 points (1.9 %) behind, about 9 months" or "ahead" / "level" wording. */
  sentence: string;
  /** "would win 54 % of head-to-head votes against …" */
  winShare: number | null;
}

/** "about 9 months", "at least 3 months", "under a month"; null when unknown. */
export function describeMonths(b: ViewPoint["behind"]): string | null {
  if (!b || b.monthsBehind === null) return null;
  if (b.openLeads) return "no months behind";
  if (b.newLeaderOnly) return "under a month";
  if (b.monthsBehind < 1 && !b.censored) return "under a month";
  const m = Math.round(b.monthsBehind);
  const unit = m === 1 ? "month" : "months";
  return b.censored ? `at least ${m} ${unit}` : `about ${m} ${unit}`;
}

export function describeAnswer(point: ViewPoint, sourceName: string): GapAnswer | null {
  const { gap, gapPct, open, closed } = point;
  if (gap === null || gapPct === null || !open || !closed) return null;
  const where = `as of ${point.date} on ${sourceName}`;
  if (gap <= 0) {
    const lead = Math.abs(gap).toFixed(0);
    return {
      sentence:
        gap === 0
          ? `Open-weight models are level with proprietary ones, ${where}.`
          : `Open-weight models lead proprietary ones by ${lead} points, ${where}.`,
      winShare: null,
    };
  }
  const months = describeMonths(point.behind);
  return {
    sentence:
      `Open-weight models are ${gap.toFixed(0)} points (${gapPct.toFixed(1)} %) behind` +
      `${months ? `, ${months}` : ""}, ${where}.`,
    winShare: winProbability(gap),
  };
}

/** "narrowed by 3 points" / "widened by 17 points" / "unchanged", for change over N months. */
export function describeChange(change: GapChange): string {
  const pts = Math.abs(change.points);
  if (pts < 0.5) return "unchanged";
  return `${change.points < 0 ? "narrowed" : "widened"} by ${pts.toFixed(0)} point${pts.toFixed(0) === "1" ? "" : "s"}`;
}

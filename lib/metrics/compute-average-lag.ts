import { DAYS_PER_MONTH, daysBetween } from "@/lib/dates/iso-date";
import { orient } from "./build-metric-series";
import type { MetricDirection } from "./metric-domain";
import type { SidedScore } from "./types";

export interface AverageLag {
  /** Mean horizontal distance between the open and the closed frontier, in months. */
  months: number;
  /** The score range the mean is taken over (in the metric's own orientation). */
  levels: [number, number];
}

/**
 * Epoch AI's "average horizontal gap": draw the best-so-far closed and open lines from `from`
 * to `to`; for every score level both lines reach, the time between the closed line reaching it
 * and the open line reaching it; the mean over the levels (exact: both lines are steps).
 * `tolerance` counts an open model within that many points as having caught up (Epoch counts a
 * difference that is not statistically significant). Not OpenGap's headline figure, which is
 * months behind on one date: this reproduces a published average over a period.
 */
export function computeAverageLag(
  scores: readonly SidedScore[],
  direction: MetricDirection,
  window: { from: string; to: string },
  tolerance = 0,
): AverageLag | null {
  const dated = scores
    .filter(
      (s): s is SidedScore & { date: string } =>
        s.date !== null && s.side !== null && s.date <= window.to,
    )
    .toSorted((a, b) => a.date.localeCompare(b.date));
  const line = (side: "open" | "closed") => {
    const steps: { date: string; level: number }[] = [];
    for (const s of dated) {
      const level = orient(direction, s.score);
      if (s.side === side && level > (steps.at(-1)?.level ?? -Infinity))
        steps.push({ date: s.date < window.from ? window.from : s.date, level });
    }
    return steps;
  };
  const closed = line("closed");
  const open = line("open");
  const startLevel = (steps: typeof open) =>
    steps.findLast((s) => s.date <= window.from)?.level ?? steps[0]?.level;
  const lo = Math.max(startLevel(open) ?? Infinity, startLevel(closed) ?? Infinity);
  const hi = open.at(-1)?.level ?? -Infinity;
  if (!Number.isFinite(lo) || !(hi > lo)) return null;
  const reach = (steps: typeof open, level: number) =>
    steps.find((s) => s.level >= level)?.date ?? null;
  // Between consecutive breakpoints both lines' crossing dates are constant: integrate exactly.
  const cuts = [
    ...new Set([lo, hi, ...closed.map((s) => s.level), ...open.map((s) => s.level + tolerance)]),
  ]
    .filter((y) => y >= lo && y <= hi)
    .toSorted((a, b) => a - b);
  let area = 0;
  let span = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k] as number;
    const b = cuts[k + 1] as number;
    const mid = (a + b) / 2;
    const tc = reach(closed, mid);
    const to = reach(open, mid - tolerance);
    if (tc === null || to === null) continue;
    area += (b - a) * Math.max(0, daysBetween(tc, to));
    span += b - a;
  }
  if (span === 0) return null;
  return { months: area / span / DAYS_PER_MONTH, levels: [lo, hi] };
}

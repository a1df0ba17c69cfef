import { DISAGREEMENT_WINDOW_DAYS } from "./compare-sources";
import { pairSourcePoints } from "./pair-source-points";
import type { GapPoint, SourceOverlap } from "./types";

/**
 * Per source pair: how many points pair up (as in `compareSources`) and the median absolute
 * difference of their gaps; every pair of sources is listed, with 0 pairs where none overlap.
 */
export function summariseOverlap(
  seriesBySource: Readonly<Record<string, readonly GapPoint[]>>,
  windowDays: number = DISAGREEMENT_WINDOW_DAYS,
): SourceOverlap[] {
  return pairSourcePoints(seriesBySource, windowDays).map(({ sources, pairs }) => {
    const dates = pairs.flatMap((p) => [p.a.date, p.b.date]).sort();
    return {
      sources,
      pairs: pairs.length,
      medianAbsDifference: median(pairs.map((p) => Math.abs(p.difference))),
      from: dates[0] ?? null,
      to: dates.at(-1) ?? null,
    };
  });
}

function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid];
  if (hi === undefined) return null;
  const lo = sorted[mid - 1];
  return sorted.length % 2 === 0 && lo !== undefined ? (lo + hi) / 2 : hi;
}

import { toEpochDay } from "@/lib/dates/iso-date";
import type { GapPoint } from "./types";

/**
 * Most points a timeline sends to a page: more than a chart can draw apart, and more than the
 * whole bundled history has per timeline (184 stitched, 149 in the longest source), so today
 * nothing is thinned; a history many times longer stops growing the page.
 */
export const MAX_SERIES_POINTS = 400;

/**
 * At most about `max` points of a timeline (oldest first), each one real snapshot, never an
 * average: the first and last, every point in `keep` (open records), every point where the open
 * or proprietary leader or the source changes, then per equal stretch of time its latest point.
 * The events alone may exceed `max`: all are kept, as each one is what the chart must show.
 */
export function thinSeries<T extends GapPoint>(
  series: readonly T[],
  keep: ReadonlySet<number> = new Set(),
  max: number = MAX_SERIES_POINTS,
): T[] {
  if (series.length <= max) return [...series];
  const chosen = new Set<number>([0, series.length - 1]);
  series.forEach((p, i) => {
    const prev = series[i - 1];
    const changes =
      !prev ||
      prev.source !== p.source ||
      prev.open?.slug !== p.open?.slug ||
      prev.closed?.slug !== p.closed?.slug;
    if (changes || keep.has(p.snapshotId)) chosen.add(i);
  });
  const buckets = max - chosen.size;
  if (buckets > 0) {
    const t0 = toEpochDay(series[0]?.date ?? "");
    const span = toEpochDay(series.at(-1)?.date ?? "") - t0 || 1;
    const bucketOf = (p: T) =>
      Math.min(buckets - 1, Math.floor(((toEpochDay(p.date) - t0) / span) * buckets));
    const represented = new Set([...chosen].map((i) => bucketOf(series[i] as T)));
    // Walking newest first, the first point met in an unrepresented bucket is its latest one.
    for (let i = series.length - 1; i >= 0; i--) {
      const b = bucketOf(series[i] as T);
      if (represented.has(b)) continue;
      represented.add(b);
      chosen.add(i);
    }
  }
  return [...chosen].sort((a, b) => a - b).map((i) => series[i] as T);
}

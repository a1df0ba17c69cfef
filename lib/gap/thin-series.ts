import { toEpochDay } from "@/lib/dates/iso-date";
import type { GapPoint } from "./types";

/**
 * Most points a timeline sends to a page: more than a chart can draw apart, and more than the
 * whole bundled history has per timeline (184 stitched, 149 in the longest source), so today
 * nothing is thinned; a history many times longer stops growing the page.
 */
export const MAX_SERIES_POINTS = 400;
/** The same for all sources' own series together (525 in the bundled history). */
export const MAX_SOURCE_POINTS = 600;

/**
 * At most `max` points of a timeline (oldest first), each one real snapshot, never an average:
 * the first and last, every point in `keep` (open records) and every change of source; then per
 * equal stretch of time one point, the latest where the open or proprietary leader changed, else
 * the latest. Only when records and switches alone exceed `max` is the result longer.
 */
export function thinSeries<T extends GapPoint>(
  series: readonly T[],
  keep: ReadonlySet<number> = new Set(),
  max: number = MAX_SERIES_POINTS,
): T[] {
  if (series.length <= max) return [...series];
  const chosen = new Set<number>([0, series.length - 1]);
  const leaderChanged = series.map((p, i) => {
    const prev = series[i - 1];
    if (prev && prev.source !== p.source) chosen.add(i);
    if (keep.has(p.snapshotId)) chosen.add(i);
    return !!prev && (prev.open?.slug !== p.open?.slug || prev.closed?.slug !== p.closed?.slug);
  });
  const buckets = max - chosen.size;
  if (buckets <= 0) return [...chosen].sort((a, b) => a - b).map((i) => series[i] as T);
  const t0 = toEpochDay(series[0]?.date ?? "");
  const span = toEpochDay(series.at(-1)?.date ?? "") - t0 || 1;
  const bucketOf = (i: number) =>
    Math.min(buckets - 1, Math.floor(((toEpochDay(series[i]?.date ?? "") - t0) / span) * buckets));
  const represented = new Set([...chosen].map(bucketOf));
  // Newest first: per unrepresented stretch, its latest leader change, else its latest point.
  const pick = new Map<number, number>();
  for (let i = series.length - 1; i >= 0; i--) {
    const b = bucketOf(i);
    if (represented.has(b)) continue;
    const current = pick.get(b);
    if (current === undefined || (leaderChanged[i] && !leaderChanged[current])) pick.set(b, i);
  }
  for (const i of pick.values()) chosen.add(i);
  return [...chosen].sort((a, b) => a - b).map((i) => series[i] as T);
}

/**
 * Every source's series within one shared budget, shared max-min fairly (shortest first, each
 * takes what it has up to an equal part of what is left), so a source with few points keeps
 * them all and the cross-source chart stays the same size however long the history grows.
 */
export function thinBySource<T extends GapPoint>(
  bySource: Readonly<Record<string, readonly T[]>>,
  keep: ReadonlySet<number>,
  budget: number = MAX_SOURCE_POINTS,
): Record<string, T[]> {
  const entries = Object.entries(bySource).sort(([, a], [, b]) => a.length - b.length);
  let left = budget;
  const thinned = new Map<string, T[]>();
  entries.forEach(([source, points], i) => {
    const share = Math.max(2, Math.floor(left / (entries.length - i)));
    const kept = thinSeries(points, keep, share);
    left -= Math.min(kept.length, share);
    thinned.set(source, kept);
  });
  return Object.fromEntries(Object.keys(bySource).map((s) => [s, thinned.get(s) ?? []]));
}

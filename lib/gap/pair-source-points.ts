import { toEpochDay } from "@/lib/dates/iso-date";
import type { GapPoint } from "./types";

export interface PointPair {
  a: GapPoint;
  b: GapPoint;
  /** a.gap − b.gap: both are within-snapshot differences, so they may be compared. */
  difference: number;
}

export interface SourcePairing {
  sources: [string, string];
  /** Oldest first; `a` always belongs to sources[0]. */
  pairs: PointPair[];
}

type Rated = GapPoint & { gap: number };
type Dated = { point: Rated; day: number };

/**
 * Pairs every two sources' points that have a gap. Each point of the sparser series (fewer
 * points; on a tie the alphabetically first source) takes its nearest neighbour in the other
 * within `windowDays` (the earlier one on a tie), so each sparse point is counted once.
 * A binary search per point: O(n log n) however long the history grows.
 */
export function pairSourcePoints(
  seriesBySource: Readonly<Record<string, readonly GapPoint[]>>,
  windowDays: number,
): SourcePairing[] {
  const rated = Object.keys(seriesBySource)
    .sort()
    .map((source) => ({ source, points: withGap(seriesBySource[source] ?? []) }));
  const pairings: SourcePairing[] = [];
  rated.forEach((first, i) => {
    for (const second of rated.slice(i + 1)) {
      const secondIsAnchor = second.points.length < first.points.length;
      const [anchor, other] = secondIsAnchor ? [second, first] : [first, second];
      const pairs: PointPair[] = [];
      for (const p of anchor.points) {
        const q = findNearest(other.points, p.day, windowDays);
        if (!q) continue;
        const [a, b] = secondIsAnchor ? [q, p.point] : [p.point, q];
        pairs.push({ a, b, difference: a.gap - b.gap });
      }
      pairings.push({ sources: [first.source, second.source], pairs });
    }
  });
  return pairings;
}

const DAY_MS = 86_400_000;

function withGap(points: readonly GapPoint[]): Dated[] {
  return points
    .filter((p): p is Rated => p.gap !== null)
    .map((point) => ({ point, day: Math.round(toEpochDay(point.date) / DAY_MS) }))
    .sort((x, y) => x.day - y.day);
}

/** Nearest point within the window, the earlier on a tie (and the first of a shared date). */
function findNearest(points: readonly Dated[], day: number, windowDays: number): Rated | null {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid]?.day ?? Infinity) < day) lo = mid + 1;
    else hi = mid;
  }
  let before = lo - 1;
  while (before > 0 && points[before - 1]?.day === points[before]?.day) before--;
  const earlier = points[before];
  const later = points[lo];
  const dEarlier = earlier ? day - earlier.day : Infinity;
  const dLater = later ? later.day - day : Infinity;
  const best = dEarlier <= dLater ? earlier : later;
  return best && Math.min(dEarlier, dLater) <= windowDays ? best.point : null;
}

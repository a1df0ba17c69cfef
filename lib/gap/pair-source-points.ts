import { daysBetween } from "@/lib/dates/iso-date";
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

/**
 * Pairs every two sources' points that have a gap. Each point of the sparser series (fewer
 * points; on a tie the alphabetically first source) takes its nearest neighbour in the other
 * within `windowDays` (the earlier one on a tie), so each sparse point is counted once.
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
        const q = findNearest(other.points, p.date, windowDays);
        if (!q) continue;
        const [a, b] = secondIsAnchor ? [q, p] : [p, q];
        pairs.push({ a, b, difference: a.gap - b.gap });
      }
      pairings.push({ sources: [first.source, second.source], pairs });
    }
  });
  return pairings;
}

function withGap(points: readonly GapPoint[]): Rated[] {
  return points
    .filter((p): p is Rated => p.gap !== null)
    .sort((x, y) => x.date.localeCompare(y.date));
}

function findNearest(points: readonly Rated[], date: string, windowDays: number): Rated | null {
  let best: Rated | null = null;
  let bestDistance = Infinity;
  for (const q of points) {
    const distance = Math.abs(daysBetween(date, q.date));
    if (distance <= windowDays && distance < bestDistance) [best, bestDistance] = [q, distance];
  }
  return best;
}

/** How close a preferred snapshot must be to a date to stand for it. */
export const STITCH_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

export interface StitchCandidate {
  date: string;
  source: string;
  sourcePriority: number;
  /** Both sides carry published intervals. */
  hasIntervals: boolean;
}

/** Lower is preferred: a snapshot with intervals beats one without, then the source's priority. */
export const stitchRank = (p: StitchCandidate): number =>
  (p.hasIntervals ? 0 : 10_000) + p.sourcePriority;

/**
 * Chooses one snapshot per stretch of time for the default timeline: a snapshot is kept unless
 * another source has a preferred snapshot (see `stitchRank`) within the window. Callers pass
 * complete boards only. Each kept point is still computed inside its own snapshot; stitching only
 * picks what is drawn. Linear in the number of points after the sort.
 */
export function stitchSources<T extends StitchCandidate>(
  points: readonly T[],
  windowDays: number = STITCH_WINDOW_DAYS,
): T[] {
  const sorted = points
    .map((p) => ({ p, t: Date.parse(`${p.date}T00:00:00Z`), rank: stitchRank(p) }))
    .sort((a, b) => a.t - b.t);
  const window = windowDays * DAY_MS;
  const kept: T[] = [];
  let lo = 0;
  let hi = 0;
  for (const cur of sorted) {
    while ((sorted[lo]?.t ?? Infinity) < cur.t - window) lo++;
    while ((sorted[hi]?.t ?? Infinity) <= cur.t + window) hi++;
    let covered = false;
    for (let i = lo; i < hi && !covered; i++) {
      const other = sorted[i];
      covered = !!other && other.p.source !== cur.p.source && other.rank < cur.rank;
    }
    if (!covered) kept.push(cur.p);
  }
  return kept;
}

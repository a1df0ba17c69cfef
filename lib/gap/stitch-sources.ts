/**
 * Chooses one source per stretch of time for the default "all sources" timeline: a snapshot is
 * kept unless a preferred source (lower priority number) covers its date. Each kept point is
 * still computed inside its own snapshot; stitching only decides which snapshots are drawn.
 */
export function stitchSources<T extends { date: string; source: string; sourcePriority: number }>(
  points: readonly T[],
): T[] {
  const coverage = new Map<string, { first: string; last: string; priority: number }>();
  for (const p of points) {
    const c = coverage.get(p.source);
    if (!c) coverage.set(p.source, { first: p.date, last: p.date, priority: p.sourcePriority });
    else {
      if (p.date < c.first) c.first = p.date;
      if (p.date > c.last) c.last = p.date;
    }
  }
  const ranges = [...coverage.values()];
  return points
    .filter(
      (p) =>
        !ranges.some((r) => r.priority < p.sourcePriority && r.first <= p.date && p.date <= r.last),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
}

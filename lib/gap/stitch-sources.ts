/** How close a preferred source's snapshot must be to a date to stand for it. */
export const STITCH_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * Chooses one source per stretch of time for the default "all sources" timeline: a snapshot is
 * kept unless a preferred source (lower priority number) has a snapshot within the window.
 * Each kept point is still computed inside its own snapshot; stitching only picks what is drawn.
 */
export function stitchSources<T extends { date: string; source: string; sourcePriority: number }>(
  points: readonly T[],
  windowDays: number = STITCH_WINDOW_DAYS,
): T[] {
  const timesBySource = new Map<string, { priority: number; times: number[] }>();
  for (const p of points) {
    const entry = timesBySource.get(p.source) ?? { priority: p.sourcePriority, times: [] };
    entry.times.push(Date.parse(p.date));
    timesBySource.set(p.source, entry);
  }
  const window = windowDays * DAY_MS;
  const coveredByPreferred = (p: T): boolean => {
    const t = Date.parse(p.date);
    for (const { priority, times } of timesBySource.values()) {
      if (priority < p.sourcePriority && times.some((u) => Math.abs(u - t) <= window)) return true;
    }
    return false;
  };
  return points.filter((p) => !coveredByPreferred(p)).sort((a, b) => a.date.localeCompare(b.date));
}

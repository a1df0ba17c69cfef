export interface BoardSource {
  slug: string;
  name: string;
  homepage: string;
  priority: number;
  snapshotCount: number;
  firstDate: string;
  lastDate: string;
  /** Its newest snapshot of this board publishes 95% intervals. */
  hasIntervals: boolean;
}

/**
 * The source a bare /leaderboard shows: the newest snapshot among sources that publish intervals
 * (so tiers work), preferring the more reliable source on a tie; without any, simply the newest.
 */
export function pickDefaultSource(sources: readonly BoardSource[]): BoardSource | null {
  const newest = (list: readonly BoardSource[]) =>
    [...list].sort((a, b) => b.lastDate.localeCompare(a.lastDate) || a.priority - b.priority)[0] ??
    null;
  return newest(sources.filter((s) => s.hasIntervals)) ?? newest(sources);
}

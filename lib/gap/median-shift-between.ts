/**
 * The median change in rating of the models two snapshots share. Real progress moves few
 * existing ratings; a re-anchored or re-fitted scale moves them all together.
 */
export function medianShiftBetween(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): { median: number; shared: number } | null {
  const diffs: number[] = [];
  for (const [name, rating] of after) {
    const old = before.get(name);
    if (old !== undefined) diffs.push(rating - old);
  }
  if (diffs.length === 0) return null;
  diffs.sort((a, b) => a - b);
  const mid = diffs.length >> 1;
  const median =
    diffs.length % 2 ? (diffs[mid] ?? 0) : ((diffs[mid - 1] ?? 0) + (diffs[mid] ?? 0)) / 2;
  return { median: Math.round(median * 100) / 100, shared: diffs.length };
}

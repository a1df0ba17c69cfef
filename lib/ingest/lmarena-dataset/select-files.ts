import { CSV_PATTERN, isSubsetName, SHARD_PATTERN } from "./subsets";

/**
 * The shards of the known subsets, and CSV copies of them. `full` holds every publish date
 * including the latest one, so where a mirror has both splits of a subset only `full` is read
 * (no doubled snapshots).
 */
export function selectFiles(listing: readonly string[]): string[] {
  const shards = listing.flatMap((path) => {
    const match = SHARD_PATTERN.exec(path);
    const subset = match?.[1];
    const split = match?.[2];
    return subset && split && isSubsetName(subset) ? [{ path, subset, split }] : [];
  });
  const hasFull = new Set(shards.filter((s) => s.split === "full").map((s) => s.subset));
  const csv = listing.filter((path) => {
    const subset = CSV_PATTERN.exec(path)?.[1];
    return subset !== undefined && isSubsetName(subset);
  });
  return [
    ...shards.filter((s) => s.split === "full" || !hasFull.has(s.subset)).map((s) => s.path),
    ...csv,
  ].sort();
}

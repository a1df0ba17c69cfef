import { isSubsetName, SHARD_PATTERN } from "./subsets";

/**
 * The shards of the known subsets. `full` holds every publish date including the latest one,
 * so where a mirror has both splits of a subset only `full` is read (no doubled snapshots).
 */
export function selectFiles(listing: readonly string[]): string[] {
  const shards = listing.flatMap((path) => {
    const match = SHARD_PATTERN.exec(path);
    const subset = match?.[1];
    const split = match?.[2];
    return subset && split && isSubsetName(subset) ? [{ path, subset, split }] : [];
  });
  const hasFull = new Set(shards.filter((s) => s.split === "full").map((s) => s.subset));
  return shards
    .filter((s) => s.split === "full" || !hasFull.has(s.subset))
    .map((s) => s.path)
    .sort();
}

interface Interval {
  rating: number;
  lower: number | null;
  upper: number | null;
}

/**
 * Statistical tiers: tier 1 is the top-rated model plus every model whose 95% interval overlaps
 * its interval; tier 2 repeats that among the rest, and so on. A lower-rated model with a wide
 * interval can therefore share a better tier than a higher-rated one, as the definition says.
 * Entries without an interval get null (they cannot be compared) and do not anchor a tier.
 */
export function assignTiers(entries: readonly Interval[]): (number | null)[] {
  const tiers: (number | null)[] = entries.map(() => null);
  const open = entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.lower !== null && e.upper !== null)
    .sort((a, b) => b.e.rating - a.e.rating || a.i - b.i);
  let tier = 0;
  while (open.length > 0) {
    tier += 1;
    const top = open[0];
    if (!top) break;
    const lo = top.e.lower ?? top.e.rating;
    const hi = top.e.upper ?? top.e.rating;
    // Touching bounds count as overlapping: the source rounds its intervals to whole points.
    for (let k = open.length - 1; k >= 0; k--) {
      const c = open[k];
      if (c && (c.e.lower ?? c.e.rating) <= hi && (c.e.upper ?? c.e.rating) >= lo) {
        tiers[c.i] = tier;
        open.splice(k, 1);
      }
    }
  }
  return tiers;
}

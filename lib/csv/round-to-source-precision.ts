/**
 * Decimals a source's ratings are exported with. Sources publish either whole points (arena.ai,
 * the daily CSV, openlm.ai) or the raw output of their rating fit to 13 decimals (the LMArena
 * dataset and catalog, jasontrigg0's history), which their own leaderboards show as whole points.
 * Intervals span several points, so digits past the first decimal carry nothing: whole numbers
 * stay whole, anything else gets one decimal (enough to keep near-ties apart).
 */
export function inferDecimals(values: Iterable<number | null | undefined>): 0 | 1 {
  for (const v of values) if (v != null && !Number.isInteger(v)) return 1;
  return 0;
}

/** `value` at `decimals` places, null kept; -0 becomes 0. */
export function roundTo(value: number | null | undefined, decimals: 0 | 1): number | null {
  if (value == null) return null;
  const f = 10 ** decimals;
  return Math.round(value * f) / f || 0;
}

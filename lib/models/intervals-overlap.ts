interface Interval {
  lower: number | null;
  upper: number | null;
}

/** Whether two 95% intervals overlap (the two cannot be told apart); null when either is unknown. */
export function intervalsOverlap(a: Interval, b: Interval): boolean | null {
  if (a.lower === null || a.upper === null || b.lower === null || b.upper === null) return null;
  return a.lower <= b.upper && b.lower <= a.upper;
}

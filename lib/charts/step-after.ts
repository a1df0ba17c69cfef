/**
 * Recharts' "stepAfter": a value holds until the next point's x, then jumps. Adds the corner
 * points, so linePath and bandPath draw steps; null values are skipped (connected), as the
 * step charts that use it draw them.
 */
export function stepAfter<T extends readonly [number, ...(number | null)[]]>(
  data: readonly T[],
): T[] {
  const out: T[] = [];
  for (const d of data) {
    if (d.slice(1).some((v) => v === null)) continue;
    const prev = out.at(-1);
    if (prev) out.push([d[0], ...prev.slice(1)] as unknown as T);
    out.push(d);
  }
  return out;
}

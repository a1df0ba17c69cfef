/** "+12", "−7", "±0": a rating difference rounded to whole points, with a true minus sign. */
export function formatSignedPoints(n: number): string {
  const r = Math.round(n);
  if (r === 0) return "±0";
  return `${r > 0 ? "+" : "−"}${Math.abs(r)}`;
}

/**
 * Ticks for a shared time axis, in milliseconds: the first of January and July between two
 * dates, so every small chart on a page labels the same months.
 */
export function toTimeTicks(from: string, to: string): number[] {
  const ticks: number[] = [];
  const [y0 = 2000, m0 = 1] = from.split("-").map(Number);
  let year = y0;
  let month = m0 <= 1 ? 1 : m0 <= 7 ? 7 : 13;
  if (month === 13) [year, month] = [year + 1, 1];
  for (;;) {
    const date = `${year}-${String(month).padStart(2, "0")}-01`;
    if (date > to) break;
    if (date >= from) ticks.push(Date.parse(`${date}T00:00:00Z`));
    [year, month] = month === 1 ? [year, 7] : [year + 1, 1];
  }
  return ticks;
}

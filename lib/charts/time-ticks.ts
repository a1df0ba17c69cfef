// Date ticks on calendar boundaries (every 1, 2, 3 or 6 months, or whole years, aligned to January), so
// the gaps between ticks are even and labels read "2024", "Jul", "2025" rather than arbitrary days.

const STEPS = [1, 2, 3, 6, 12, 24, 60, 120] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const monthIndex = (t: number) => {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const startOf = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1);

/** Month-start ticks within [t0, t1], at most `maxTicks` (at least the first one). */
export function timeTicks(t0: number, t1: number, maxTicks = 7): number[] {
  const first = monthIndex(t0) + (new Date(t0).getUTCDate() === 1 ? 0 : 1);
  const last = monthIndex(t1);
  let ticks: number[] = [];
  for (const step of STEPS) {
    ticks = [];
    for (let i = Math.ceil(first / step) * step; i <= last; i += step) ticks.push(startOf(i));
    if (ticks.length <= maxTicks) break;
  }
  return ticks.length > 0 ? ticks : [t0];
}

/** "2024" on January, the month's short name elsewhere, with the year on the first tick. */
export function formatTimeTick(t: number, index: number): string {
  const d = new Date(t);
  const year = String(d.getUTCFullYear());
  if (d.getUTCMonth() === 0) return year;
  const month = MONTHS[d.getUTCMonth()] ?? "";
  // A tick that is not on the 1st (a one-day history) shows its full date.
  if (d.getUTCDate() !== 1) return d.toISOString().slice(0, 10);
  return index === 0 ? `${month} ${year}` : month;
}

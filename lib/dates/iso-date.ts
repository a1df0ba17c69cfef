// Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC: the one module for date arithmetic.
const DAY_MS = 86_400_000;

/** Average Gregorian month, so "months" reads the same whatever the calendar month. */
export const DAYS_PER_MONTH = 30.4375;

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A real calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const t = toTime(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(t) && fromTime(t) === value;
}

/** Today's date on the server clock, in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromTime(toTime(iso) + days * DAY_MS);
}

/** Whole days from one date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** Average months between two dates, one decimal. */
export function monthsBetween(from: string, to: string): number {
  return Math.round((daysBetween(from, to) / DAYS_PER_MONTH) * 10) / 10;
}

/** 2025-05-31 minus 3 months is 2025-02-28, 2024-02-29 minus 12 is 2023-02-28: the day clamps. */
export function subtractCalendarMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromTime(Date.UTC(year, month, Math.min(d, lastDay)));
}

/** Milliseconds since the epoch at UTC midnight, for chart axes. */
export function toEpochDay(iso: string): number {
  return toTime(iso);
}

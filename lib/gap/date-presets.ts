import { subtractCalendarMonths } from "@/lib/dates/iso-date";

/** Date-range presets relative to the newest snapshot, so they stay meaningful as data ages. */
export interface DatePreset {
  id: string;
  label: string;
  from: string | null;
  to: string | null;
}

export function buildDatePresets(latest: string | null): DatePreset[] {
  const year = Number((latest ?? "2026").slice(0, 4));
  const minus = (months: number) => (latest ? subtractCalendarMonths(latest, months) : null);
  return [
    { id: "all", label: "All", from: null, to: null },
    { id: "12m", label: "Last 12 months", from: minus(12), to: null },
    { id: "24m", label: "Last 24 months", from: minus(24), to: null },
    ...[year, year - 1, year - 2, year - 3]
      .filter((y) => y >= 2023)
      .map((y) => ({ id: String(y), label: String(y), from: `${y}-01-01`, to: `${y}-12-31` })),
  ];
}

import { toIsoDate } from "../parse-number";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The page's "Last updated" text (`Aug 21, 2026`) as YYYY-MM-DD; null when absent or unreadable. */
export function readBoardDate(raw: string | null | undefined): string | null {
  const m = /^([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(raw?.trim() ?? "");
  const month = m?.[1] ? MONTHS.indexOf(m[1]) + 1 : 0;
  if (!m || month === 0) return null;
  return toIsoDate(`${m[3]}-${String(month).padStart(2, "0")}-${m[2]?.padStart(2, "0")}`);
}

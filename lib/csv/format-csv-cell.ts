export type CsvValue = string | number | boolean | null | undefined;

// Spreadsheets run a cell starting with one of these as a formula (=HYPERLINK, =cmd|…, DDE);
// model and organisation names come from third-party leaderboards, so text must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180 quoting): blank for null, numbers and booleans as they are, text that a
 * spreadsheet would read as a formula prefixed with `'` (OWASP's CSV-injection advice).
 */
export function formatCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

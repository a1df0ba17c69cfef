import { parse } from "csv-parse/sync";

/** A CSV file as header + rows of records (RFC 4180: quotes, doubled quotes, CRLF, a BOM). */
export interface CsvTable {
  header: string[];
  rows: Record<string, string>[];
}

/**
 * Parses CSV with csv-parse. A row whose field count differs from the header (a truncated body,
 * a stray comma) is reported by its line number through `onBadRow`, which callers turn into an
 * error naming the file and row; blank lines are skipped.
 */
export function parseCsv(
  text: string,
  onBadRow?: (rowNumber: number, fields: number) => void,
): CsvTable {
  // csv-parse's per-record `info` triples the parse time of a 12 MB file; records map to lines
  // one to one in these files (no quoted newlines), so the row number is the record's index + 2.
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const header = (records.shift() ?? []).map((h) => h.trim());
  const rows = records.map((record, i) => {
    if (record.length !== header.length) onBadRow?.(i + 2, record.length);
    return Object.fromEntries(header.map((h, j) => [h, record[j] ?? ""]));
  });
  return { header, rows };
}

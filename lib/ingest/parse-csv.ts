/**
 * RFC 4180 CSV: quoted fields, doubled quotes, CRLF, a leading UTF-8 BOM.
 * Returns header + rows as records; a row with the wrong field count is reported by number.
 */
export interface CsvTable {
  header: string[];
  rows: Record<string, string>[];
}

export function parseCsv(
  text: string,
  onBadRow?: (rowNumber: number, fields: number) => void,
): CsvTable {
  const records = splitRecords(text.replace(/^\uFEFF/, ""));
  const header = (records.shift() ?? []).map((h) => h.trim());
  const rows: Record<string, string>[] = [];
  records.forEach((fields, i) => {
    if (fields.length === 1 && fields[0] === "") return;
    if (fields.length !== header.length) onBadRow?.(i + 2, fields.length);
    const row: Record<string, string> = {};
    header.forEach((h, j) => (row[h] = fields[j] ?? ""));
    rows.push(row);
  });
  return { header, rows };
}

function splitRecords(text: string): string[][] {
  const out: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      out.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    out.push(record);
  }
  return out;
}

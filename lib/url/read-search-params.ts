export type RawSearchParams = Record<string, string | string[]>;
export type ExportFormat = "json" | "csv";
export interface FormatIssue {
  key: "format";
  value: string;
  message: string;
}

/**
 * An API route's query as the routes' search-params parsers take it (a key repeated with
 * different values becomes an array), plus the export format. A missing, empty or repeated `format` means JSON; any other
 * value than json/csv is an issue the route answers with a 400.
 */
export function readSearchParams(
  searchParams: URLSearchParams,
):
  | { raw: RawSearchParams; format: ExportFormat; formatIssue: null }
  | { raw: RawSearchParams; format: null; formatIssue: FormatIssue } {
  const raw: RawSearchParams = {};
  for (const key of new Set(searchParams.keys())) {
    // A key repeated with the same value counts once, so it is reported at most once too.
    const all = [...new Set(searchParams.getAll(key))];
    raw[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  const value = typeof raw.format === "string" && raw.format ? raw.format : "json";
  if (value === "json" || value === "csv") return { raw, format: value, formatIssue: null };
  const message = `Unknown format "${value}". Valid: json, csv.`;
  return { raw, format: null, formatIssue: { key: "format", value, message } };
}

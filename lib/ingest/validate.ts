// Shared validation for every adapter: zod issues and syntax errors become IngestErrors that
// name the source, the file, the row and the field.
import { z } from "zod";
import { IngestError } from "./ingest-error";
import { parseCsv, type CsvTable } from "./parse-csv";
import { parseOptionalNumber, toIsoDate } from "./parse-number";
import type { SourceFile } from "./types";

/** Where a value sits; `row` is a line number (CSV) or item index (JSON), `where` adds JSON context. */
export interface RowContext {
  source: string;
  origin: string;
  row: number | null;
  where?: string;
  /** The field a lone cell sits in (the issue path of a scalar schema is empty). */
  field?: string;
  /** The name to report for a schema key read from elsewhere, e.g. the header text of the column. */
  fieldNames?: Readonly<Partial<Record<string, string>>>;
}

/** A required numeric cell: "1286", "1,286"; anything else is an issue naming the raw text. */
export const numberCell = z.string().transform((raw, ctx) => {
  const n = parseOptionalNumber(raw);
  if (typeof n === "number") return n;
  ctx.addIssue({ code: "custom", message: `not a number: "${raw}"` });
  return z.NEVER;
});

/** An optional numeric cell: empty, "-" and "N/A" are null. */
export const optionalNumberCell = z.string().transform((raw, ctx) => {
  const n = parseOptionalNumber(raw);
  if (n !== "invalid") return n;
  ctx.addIssue({ code: "custom", message: `not a number: "${raw}"` });
  return z.NEVER;
});

export const dateCell = z.string().transform((raw, ctx) => {
  const iso = toIsoDate(raw);
  if (iso !== null) return iso;
  ctx.addIssue({ code: "custom", message: `not a date: "${raw}"` });
  return z.NEVER;
});

/** Validates one raw row or JSON value against a schema. */
export function validateRow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  ctx: RowContext,
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const [key, ...rest] = issue ? issue.path.map(String) : [];
  const path = key === undefined ? [] : [ctx.fieldNames?.[key] ?? key, ...rest];
  if (ctx.field !== undefined) path.unshift(ctx.field);
  const field = path.length > 0 ? path.join(".") : null;
  const message = issue?.message ?? "invalid value";
  throw new IngestError({
    source: ctx.source,
    origin: ctx.origin,
    row: ctx.row,
    field,
    message: ctx.where ? `${ctx.where}: ${message}` : message,
  });
}

/** Parses a file's text as JSON, reporting a syntax error (e.g. a truncated body) against the file. */
export function readJson(text: string, source: string, origin: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new IngestError({ source, origin, message: `not valid JSON (${reason})` });
  }
}

/** Reads a JSON file and validates its top level; issues there are reported as "file: …". */
export function readJsonFile<T extends z.ZodType>(
  schema: T,
  file: SourceFile,
  source: string,
): z.output<T> {
  const origin = file.path;
  return validateRow(schema, readJson(file.text, source, origin), {
    source,
    origin,
    row: null,
    where: "file",
  });
}

/** Parses CSV text and rejects rows whose field count differs from the header (a truncated body). */
export function readCsvTable(text: string, source: string, origin: string): CsvTable {
  return parseCsv(text, (row, fields) => {
    throw new IngestError({ source, origin, row, message: `unexpected field count ${fields}` });
  });
}

/** Throws naming the first column the schema needs that the header lacks (a renamed column). */
export function requireColumns(
  header: readonly string[],
  columns: readonly string[],
  ctx: { source: string; origin: string },
): void {
  const missing = columns.find((c) => !header.includes(c));
  if (missing !== undefined)
    throw new IngestError({ ...ctx, field: missing, message: "missing column" });
}

/** Rejects a file (or a row of a wide table) that yields nothing; `detail` says what is missing. */
export function requireRows(
  count: number,
  ctx: { source: string; origin: string; row?: number | null; field?: string | null },
  detail?: string,
): void {
  if (count > 0) return;
  throw new IngestError({ ...ctx, message: detail ? `empty table: ${detail}` : "empty table" });
}

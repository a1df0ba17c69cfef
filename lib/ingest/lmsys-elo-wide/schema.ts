import { z } from "zod";
import { IngestError } from "../ingest-error";
import { parseCsv, type CsvTable } from "../parse-csv";
import { parseOptionalNumber, toIsoDate } from "../parse-number";

/** Where a cell sits, for error messages; `row` is the line number in the file. */
export interface CellContext {
  source: string;
  origin: string;
  row: number | null;
  field: string;
}

/** A model key from the header row. */
export const modelKeySchema = z.string().trim().min(1, "empty model key");

/** Every cell holds a number; 0.0 (not blank) is how the file marks an absent model. */
export const ratingCellSchema = z.string().transform((raw, ctx) => {
  const n = parseOptionalNumber(raw);
  if (typeof n === "number") return n;
  ctx.addIssue({ code: "custom", message: `not a number: "${raw}"` });
  return z.NEVER;
});

export const dateCellSchema = z.string().transform((raw, ctx) => {
  const iso = toIsoDate(raw);
  if (iso !== null) return iso;
  ctx.addIssue({ code: "custom", message: `not a YYYYMMDD date: "${raw}"` });
  return z.NEVER;
});

/** Parses CSV text and rejects rows whose field count differs from the header. */
export function readCsvTable(csv: string, source: string, origin: string): CsvTable {
  return parseCsv(csv, (row, fields) => {
    throw new IngestError({ source, origin, row, message: `unexpected field count ${fields}` });
  });
}

/** Validates one cell, turning the first zod issue into an IngestError with row and field. */
export function validateCell<T extends z.ZodType>(
  schema: T,
  raw: unknown,
  ctx: CellContext,
): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new IngestError({ ...ctx, message: result.error.issues[0]?.message ?? "invalid value" });
}

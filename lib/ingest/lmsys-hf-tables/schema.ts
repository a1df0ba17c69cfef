import { z } from "zod";
import { IngestError } from "../ingest-error";
import { parseCsv, type CsvTable } from "../parse-csv";
import { parseOptionalNumber } from "../parse-number";

export const ELO_COLUMN = "Arena Elo rating";

/** Where a row sits, for error messages; `row` is the line number in the file. */
export interface RowContext {
  source: string;
  origin: string;
  row: number;
}

const text = z.string().trim();
const requiredText = text.min(1, "empty value");

// The tables write "-" for models that were not on the Arena; anything else must be a number.
const eloCell = z.string().transform((raw, ctx) => {
  if (raw.trim() === "-") return null;
  const n = parseOptionalNumber(raw);
  if (typeof n === "number") return n;
  ctx.addIssue({ code: "custom", message: `not a number: "${raw}"` });
  return z.NEVER;
});

/** 2023 tables: display name, displayed Arena Elo, licence; no key, no organization. */
export const ratedRowSchema = z.object({
  Model: requiredText,
  [ELO_COLUMN]: eloCell,
  License: text,
});

/** 2024+ tables: key → display name, licence, organization; no rating. */
export const factRowSchema = z.object({
  key: requiredText,
  Model: requiredText,
  License: text,
  Organization: text,
});

/** Parses CSV text and rejects rows whose field count differs from the header. */
export function readCsvTable(csv: string, source: string, origin: string): CsvTable {
  return parseCsv(csv, (row, fields) => {
    throw new IngestError({ source, origin, row, message: `unexpected field count ${fields}` });
  });
}

/** Throws naming the first column the schema needs that the header lacks. */
export function requireColumns(
  header: readonly string[],
  schema: z.ZodObject,
  ctx: Omit<RowContext, "row">,
): void {
  const missing = Object.keys(schema.shape).find((column) => !header.includes(column));
  if (missing !== undefined)
    throw new IngestError({ ...ctx, field: missing, message: "missing column" });
}

/** Validates one raw row, turning the first zod issue into an IngestError with row and field. */
export function validateRow<T extends z.ZodType>(
  schema: T,
  raw: unknown,
  ctx: RowContext,
): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join(".") || null;
  throw new IngestError({ ...ctx, field, message: issue?.message ?? "invalid row" });
}

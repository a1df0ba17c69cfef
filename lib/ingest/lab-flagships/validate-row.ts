import type { z } from "zod";
import { IngestError } from "../ingest-error";
import { info } from "./info";

export interface RowContext {
  origin: string;
  row: number | null;
  /** Where in the JSON the value sits, e.g. `lab "OpenAI", point 3`. */
  where: string;
}

/** Validates one raw JSON value, turning the first zod issue into an IngestError with row and field. */
export function validateRow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  ctx: RowContext,
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new IngestError({
    source: info.slug,
    origin: ctx.origin,
    row: ctx.row,
    field: issue && issue.path.length > 0 ? issue.path.map(String).join(".") : null,
    message: `${ctx.where}: ${issue?.message ?? "invalid value"}`,
  });
}

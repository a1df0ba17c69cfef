import { z } from "zod";
import { toIsoDate } from "../parse-number";

/** Columns the adapter reads; `variance` is not, so a file without it is still fine. */
export const REQUIRED_COLUMNS = [
  "model_name",
  "organization",
  "license",
  "rating",
  "rating_lower",
  "rating_upper",
  "vote_count",
  "rank",
  "category",
  "leaderboard_publish_date",
] as const;

/** Columns the Parquet file stores as numbers (text in a CSV copy). */
export const NUMERIC_COLUMNS = [
  "rating",
  "rating_lower",
  "rating_upper",
  "vote_count",
  "rank",
] as const satisfies readonly (typeof REQUIRED_COLUMNS)[number][];

function describe(raw: unknown): string {
  return typeof raw === "string" ? `"${raw}"` : String(raw);
}

/** A finite number; hyparquet returns INT64 columns as bigint, which ratings and counts fit. */
function toNumber(raw: unknown): number | null {
  if (typeof raw === "bigint") return Number(raw);
  return typeof raw === "number" && Number.isFinite(raw) ? raw : null;
}

const number = z.unknown().transform((raw, ctx) => {
  const n = toNumber(raw);
  if (n !== null) return n;
  ctx.addIssue({ code: "custom", message: `not a number: ${describe(raw)}` });
  return z.NEVER;
});

/** Missing is null, or NaN where pandas wrote a float column (it has no null for floats). */
const optionalNumber = z.unknown().transform((raw, ctx) => {
  if (raw == null || Number.isNaN(raw)) return null;
  const n = toNumber(raw);
  if (n !== null) return n;
  ctx.addIssue({ code: "custom", message: `not a number: ${describe(raw)}` });
  return z.NEVER;
});

const optionalText = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v : null));

/** `"2025-12-11"`, or a Parquet DATE / TIMESTAMP (a Date, in UTC) → YYYY-MM-DD. */
const publishDate = z.unknown().transform((raw, ctx) => {
  if (typeof raw === "string") {
    const iso = toIsoDate(raw);
    if (iso !== null) return iso;
  }
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString().slice(0, 10);
  ctx.addIssue({ code: "custom", message: `not a date: ${describe(raw)}` });
  return z.NEVER;
});

/** One row of a subset's split: one model's rating in one category on one publish date. */
export const leaderboardRowSchema = z.object({
  model_name: z.string().trim().min(1, "empty value"),
  organization: optionalText,
  license: optionalText,
  rating: number,
  rating_lower: optionalNumber,
  rating_upper: optionalNumber,
  vote_count: optionalNumber.pipe(z.number().int().nonnegative().nullable()),
  rank: optionalNumber.pipe(z.number().int().positive().nullable()),
  category: z.string().trim().min(1, "empty value"),
  leaderboard_publish_date: publishDate,
});

export type LeaderboardRow = z.output<typeof leaderboardRowSchema>;

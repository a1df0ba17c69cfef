import { z } from "zod";
import { numberCell } from "../validate";

export const REQUIRED_COLUMNS = [
  "commit_time_utc",
  "commit",
  "category",
  "model",
  "rating",
  "rating_q025",
  "rating_q975",
] as const;

/** One row: a model's rating in one category as the scraper's commit first held it. */
export const categoryRowSchema = z.object({
  commit_time_utc: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
      "expected a UTC time like 2026-02-26T19:57:10Z",
    ),
  commit: z.string().regex(/^[0-9a-f]{7,40}$/, "expected a commit hash"),
  category: z.string().trim().min(1, "empty value"),
  model: z.string().trim().min(1, "empty value"),
  rating: numberCell,
  rating_q025: numberCell,
  rating_q975: numberCell,
});

export type CategoryRow = z.output<typeof categoryRowSchema>;

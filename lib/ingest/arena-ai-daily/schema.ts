import { z } from "zod";

// Mirrors the scraper's own schemas/leaderboard.json; rows are validated one by one for row numbers.
export const leaderboardFileSchema = z.object({
  meta: z.object({
    leaderboard: z.string(),
    fetched_at: z.string().regex(/^\d{4}-\d{2}-\d{2}T/, "expected an ISO date-time"),
    /** The board's own date as the page shows it ("Aug 21, 2026"); often absent before 2026-07. */
    last_updated: z.string().nullish(),
  }),
  models: z.array(z.unknown()),
});

const licence = z.enum(["open", "proprietary"]).nullable();
const votes = z.number().int().nonnegative().nullable();

/** Up to 2026-07-15: rows a language model read off the top of the page. */
export const extractedRowSchema = z.object({
  rank: z.number().int().positive(),
  model: z.string().min(1),
  vendor: z.string().nullable(),
  license: licence,
  score: z.number().nullable(),
  ci: z.number().nonnegative().nullable(),
  votes,
});

/** From 2026-07-16: every row of the board's table, with prices and context length. */
export const parsedRowSchema = z.object({
  // Null with the score for a listed model that has no rating yet.
  rank: z.number().int().positive().nullable(),
  model: z.string().min(1),
  vendor: z.string().nullable(),
  license: licence,
  score: z.number().nullable(),
  ci_low: z.number().nonnegative().nullable(),
  ci_high: z.number().nonnegative().nullable(),
  votes,
  preliminary: z.boolean().nullable(),
  price_prompt: z.number().nonnegative().nullable(),
  price_completion: z.number().nonnegative().nullable(),
  context_length: z.number().int().positive().nullable(),
});

/** `data/latest.json`, the scraper's pointer to its newest folder: `{"date": "…", "path": "…"}`. */
export const latestPointerSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"),
  // Becomes part of a URL, so only plain folder names: no "..", no query, no scheme.
  path: z.string().regex(/^[\w-]+(?:\.[\w-]+)*$/, "expected a folder name such as 2026-04-19"),
});

/** `data/<date>/_index.json`: the boards that run fetched (carried-over boards are in `errors`). */
export const dailyIndexSchema = z.object({
  leaderboards: z.record(z.string(), z.object({ model_count: z.number().int() })),
  errors: z.array(z.object({ leaderboard: z.string() })).optional(),
});

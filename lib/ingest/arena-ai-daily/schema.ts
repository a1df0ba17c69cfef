import { z } from "zod";

// Mirrors the scraper's own schemas/leaderboard.json; rows are validated one by one for row numbers.
export const leaderboardFileSchema = z.object({
  meta: z.object({
    leaderboard: z.string(),
    fetched_at: z.string(),
  }),
  models: z.array(z.unknown()),
});

export const modelRowSchema = z.object({
  rank: z.number().int().positive(),
  model: z.string().min(1),
  vendor: z.string().nullable(),
  license: z.enum(["open", "proprietary"]).nullable(),
  score: z.number().nullable(),
  ci: z.number().nonnegative().nullable(),
  votes: z.number().int().nonnegative().nullable(),
});

/** `data/latest.json`, the scraper's pointer to its newest folder: `{"date": "…", "path": "…"}`. */
export const latestPointerSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"),
  // Becomes part of a URL, so only plain folder names: no "..", no query, no scheme.
  path: z.string().regex(/^[\w-]+(?:\.[\w-]+)*$/, "expected a folder name such as 2026-04-19"),
});

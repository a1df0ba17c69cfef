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

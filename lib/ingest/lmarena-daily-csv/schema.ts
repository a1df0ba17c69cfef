import { z } from "zod";
import { numberCell } from "../validate";

/** The rating column was `arena_elo` in the first snapshot (2024.06.19) and `arena_score` after. */
export const RATING_COLUMNS = ["arena_score", "arena_elo"] as const;
export const REQUIRED_COLUMNS = [
  "rank",
  "model",
  "95_pct_ci",
  "votes",
  "organization",
  "license",
] as const;

const CI_PATTERN = /^\s*\+\s*(\d+(?:\.\d+)?)\s*\/\s*-\s*(\d+(?:\.\d+)?)\s*$/;

const ciCell = z.string().transform((raw, ctx) => {
  const m = CI_PATTERN.exec(raw);
  if (m) return { plus: Number(m[1]), minus: Number(m[2]) };
  ctx.addIssue({ code: "custom", message: `expected a CI like "+3/-4", got "${raw}"` });
  return z.NEVER;
});

const textCell = z.string().transform((s) => s.trim() || null);

/** One data row of lmsys.csv / lmarena_text.csv, with the rating column renamed to `rating`. */
export const leaderboardRowSchema = z.object({
  rank: numberCell,
  model: z.string().trim().min(1, "model name is empty"),
  rating: numberCell,
  "95_pct_ci": ciCell,
  votes: numberCell,
  organization: textCell,
  license: textCell,
});

export type LeaderboardRow = z.infer<typeof leaderboardRowSchema>;

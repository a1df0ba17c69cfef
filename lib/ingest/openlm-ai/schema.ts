import { z } from "zod";
import { optionalNumberCell } from "../validate";

/**
 * Full Leaderboard columns, keyed by the header text with symbols removed and lower-cased
 * ("🏆 Arena Elo" → "arena elo", "⬍ Model" → "model"). The 2024 layout says "Coding Elo"
 * and "MT-bench"; the 2025 layout says "Coding", "Vision" and "Arena Hard".
 */
export const FULL_LEADERBOARD_COLUMNS = {
  model: { label: "Model", headers: ["model"] },
  arenaElo: { label: "Arena Elo", headers: ["arena elo"] },
  coding: { label: "Coding", headers: ["coding", "coding elo"] },
  vision: { label: "Vision", headers: ["vision", "vision elo"] },
  arenaHard: { label: "Arena Hard", headers: ["arena hard"] },
  mmlu: { label: "MMLU", headers: ["mmlu"] },
  mtBench: { label: "MT-bench", headers: ["mt bench"] },
  votes: { label: "Votes", headers: ["votes"] },
  organization: { label: "Organization", headers: ["organization", "organisation"] },
  license: { label: "License", headers: ["license", "licence"] },
} as const;

export type FullLeaderboardColumn = keyof typeof FULL_LEADERBOARD_COLUMNS;

/** Medals and trophies the page puts before a name ("🥇 Gemini-2.5-Pro", "🥇🏆chocolate"). */
const LEADING_EMOJI = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D\s]+/u;

const textCell = z.string().transform((s) => s.trim() || null);

/** One Full Leaderboard row; benchmark columns are checked so a mis-split row cannot pass. */
export const fullLeaderboardRowSchema = z.object({
  model: z
    .string()
    .transform((s) => s.replace(LEADING_EMOJI, "").trim())
    .pipe(z.string().min(1, "model name is empty")),
  arenaElo: optionalNumberCell,
  coding: optionalNumberCell,
  vision: optionalNumberCell,
  arenaHard: optionalNumberCell,
  mmlu: optionalNumberCell,
  mtBench: optionalNumberCell,
  votes: optionalNumberCell,
  organization: textCell,
  license: textCell,
});

export type FullLeaderboardRow = z.infer<typeof fullLeaderboardRowSchema>;

import { makeDuplicateCheck } from "../duplicate-check";
import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import type { Arena } from "@/lib/domain";
import type { ModelFact, ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { readJsonFile, requireRows, validateRow } from "../validate";
import { info } from "./info";
import { leaderboardFileSchema, modelRowSchema } from "./schema";

/** Board name in `meta.leaderboard` and the file name; both boards are arenas of the app. */
export type BoardName = Extract<Arena, "text" | "code">;

/**
 * Parses one `data/<date>/<board>.json`: the top of the board's overall ranking. The folder date
 * (= the day of `meta.fetched_at`) is the publish date; the board's own `meta.last_updated` is
 * often null and otherwise lags it by up to a week.
 */
export function parseLeaderboard(
  file: SourceFile,
  board: BoardName,
  publishedOn: string,
): ParsedSnapshot {
  const origin = file.path;
  const source = info.slug;
  const raw = readJsonFile(leaderboardFileSchema, file, source);
  if (raw.meta.leaderboard !== board) {
    throw new IngestError({
      source,
      origin,
      field: "meta.leaderboard",
      message: `expected "${board}" for this file, got "${raw.meta.leaderboard}"`,
    });
  }
  const scores: ScoreRow[] = [];
  const models: ModelFact[] = [];
  const isNew = makeDuplicateCheck({ source, origin });
  raw.models.forEach((value, index) => {
    const row = index + 1;
    const where = `models[${index}]`;
    const entry = validateRow(modelRowSchema, value, { source, origin, row, where });
    isNew(entry.model, { row, field: "model", message: `duplicate model "${entry.model}"` });
    models.push(
      makeModelFact(entry.model, {
        organization: entry.vendor,
        licence: entry.license,
        // The scraper states open vs proprietary explicitly, so it counts as an open-weights claim.
        openWeights: entry.license === null ? null : entry.license === "open",
      }),
    );
    // The scraper's schema allows a null score for a listed but unrated model: nothing to plot.
    if (entry.score === null) return;
    scores.push({
      model: entry.model,
      category: "overall",
      rating: entry.score,
      lower: entry.ci === null ? null : entry.score - entry.ci,
      upper: entry.ci === null ? null : entry.score + entry.ci,
      votes: entry.votes,
      rank: entry.rank,
    });
  });
  requireRows(scores.length, { source, origin, field: "models" });
  return {
    arena: board,
    publishedOn,
    // arena.ai's default board is style-controlled (equal to LMArena's SC ratings, SOURCE.md).
    styleControl: true,
    coverage: "partial",
    origin,
    scores,
    models,
  };
}

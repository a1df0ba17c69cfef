import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import type { Arena } from "@/lib/domain";
import type { ModelFact, ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { info } from "./info";
import { readJson } from "./read-json";
import { leaderboardFileSchema, modelRowSchema } from "./schema";
import { validateRow } from "./validate-row";

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
  const raw = validateRow(leaderboardFileSchema, readJson(file), {
    origin,
    row: null,
    where: "file",
  });
  if (raw.meta.leaderboard !== board) {
    throw new IngestError({
      source: info.slug,
      origin,
      field: "meta.leaderboard",
      message: `expected "${board}" for this file, got "${raw.meta.leaderboard}"`,
    });
  }
  const scores: ScoreRow[] = [];
  const models = new Map<string, ModelFact>();
  raw.models.forEach((value, index) => {
    const row = index + 1;
    const entry = validateRow(modelRowSchema, value, { origin, row, where: `models[${index}]` });
    if (models.has(entry.model)) {
      throw new IngestError({
        source: info.slug,
        origin,
        row,
        field: "model",
        message: `duplicate model "${entry.model}"`,
      });
    }
    models.set(
      entry.model,
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
  if (scores.length === 0) {
    throw new IngestError({ source: info.slug, origin, field: "models", message: "empty table" });
  }
  return {
    arena: board,
    publishedOn,
    styleControl: false,
    origin,
    scores,
    models: [...models.values()],
  };
}

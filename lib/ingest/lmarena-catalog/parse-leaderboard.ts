import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import type { ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { info } from "./info";
import { readJson } from "./read-json";
import { leaderboardFileSchema, ratingEntrySchema } from "./schema";
import { validateRow } from "./validate-row";

// SOURCE.md: this file's `full` values match the 2025-03-04 style-control file (o1 1323,
// gemini-exp-1206 1321), not the displayed board of 2025-01-29 (o1 1351, gemini-exp-1206 1373).
const UNLABELLED_STYLE_CONTROL = new Set(["commit-2025-01-28_d15d54c77/leaderboard-data.json"]);

/** Whether a leaderboard file holds style-controlled ratings: its name says so, bar one known case. */
export function isStyleControlled(origin: string): boolean {
  return origin.endsWith("-style-control.json") || UNLABELLED_STYLE_CONTROL.has(origin);
}

/** Parses one `leaderboard-{data,text}[-style-control].json`: every category × model key. */
export function parseLeaderboard(file: SourceFile, publishedOn: string): ParsedSnapshot {
  const origin = file.path;
  const raw = validateRow(leaderboardFileSchema, readJson(file), {
    origin,
    row: null,
    where: "file",
  });
  const scores: ScoreRow[] = [];
  const seen = new Set<string>();
  let row = 0;
  for (const [rawCategory, models] of Object.entries(raw)) {
    const category = normalizeCategory(rawCategory);
    for (const [model, value] of Object.entries(models)) {
      row += 1;
      const where = `category "${rawCategory}", model "${model}"`;
      const entry = validateRow(ratingEntrySchema, value, { origin, row, where });
      const key = `${category}\u0000${model}`;
      if (seen.has(key)) {
        throw new IngestError({
          source: info.slug,
          origin,
          row,
          field: rawCategory,
          message: `duplicate model "${model}" in category "${category}"`,
        });
      }
      seen.add(key);
      scores.push({
        model,
        category,
        rating: entry.rating,
        lower: entry.rating_q025,
        upper: entry.rating_q975,
        votes: null,
        rank: null,
      });
    }
  }
  if (scores.length === 0) {
    throw new IngestError({ source: info.slug, origin, message: "empty table: no ratings" });
  }
  const modelKeys = [...new Set(scores.map((s) => s.model))];
  return {
    arena: "text",
    publishedOn,
    styleControl: isStyleControlled(origin),
    origin,
    scores,
    models: modelKeys.map((key) => makeModelFact(key)),
  };
}

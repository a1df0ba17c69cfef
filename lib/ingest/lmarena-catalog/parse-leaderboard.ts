import { makeDuplicateCheck } from "../duplicate-check";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import type { ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { readJsonFile, requireRows, validateRow } from "../validate";
import { info } from "./info";
import { leaderboardFileSchema, ratingEntrySchema } from "./schema";

// Unlabelled, but style-controlled: its `full` equals the 2025-03-04 style-control file within
// 0.2 points (median, 188 models), unlike any raw board (spread 17 against the 2025-01-28 pkl).
const UNLABELLED_STYLE_CONTROL = new Set(["commit-2025-01-28_d15d54c77/leaderboard-data.json"]);

/** Whether a leaderboard file holds style-controlled ratings: its name says so, bar one known case. */
export function isStyleControlled(origin: string): boolean {
  return origin.endsWith("-style-control.json") || UNLABELLED_STYLE_CONTROL.has(origin);
}

/** Parses one `leaderboard-{data,text}[-style-control].json`: every category × model key. */
export function parseLeaderboard(file: SourceFile, publishedOn: string): ParsedSnapshot {
  const origin = file.path;
  const source = info.slug;
  const raw = readJsonFile(leaderboardFileSchema, file, source);
  const scores: ScoreRow[] = [];
  const isNew = makeDuplicateCheck({ source, origin });
  let row = 0;
  for (const [rawCategory, models] of Object.entries(raw)) {
    const category = normalizeCategory(rawCategory);
    for (const [model, value] of Object.entries(models)) {
      row += 1;
      const where = `category "${rawCategory}", model "${model}"`;
      const entry = validateRow(ratingEntrySchema, value, { source, origin, row, where });
      const message = `duplicate model "${model}" in category "${category}"`;
      isNew(`${category}\u0000${model}`, { row, field: rawCategory, message });
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
  requireRows(scores.length, { source, origin }, "no ratings");
  const modelKeys = [...new Set(scores.map((s) => s.model))];
  return {
    arena: "text",
    publishedOn,
    styleControl: isStyleControlled(origin),
    coverage: "complete",
    origin,
    scores,
    models: modelKeys.map((key) => makeModelFact(key)),
  };
}

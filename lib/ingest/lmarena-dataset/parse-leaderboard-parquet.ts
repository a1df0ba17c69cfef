import { makeDuplicateCheck } from "../duplicate-check";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import type { ModelFact, ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { requireRows, validateRow } from "../validate";
import { info } from "./info";
import { readParquetRows } from "./read-parquet-rows";
import { leaderboardRowSchema, REQUIRED_COLUMNS, type LeaderboardRow } from "./schema";
import type { SUBSETS } from "./subsets";

type Board = (typeof SUBSETS)[keyof typeof SUBSETS];

interface DateGroup {
  scores: ScoreRow[];
  models: Map<string, ModelFact>;
}

/**
 * One shard of a subset's split. A shard holds many publish dates × categories, so its rows are
 * grouped into one snapshot per publish date (oldest first), all categories in each.
 */
export async function parseLeaderboardParquet(
  file: SourceFile,
  board: Board,
): Promise<ParsedSnapshot[]> {
  const source = info.slug;
  const origin = file.path;
  const raw = await readParquetRows(file, source, REQUIRED_COLUMNS);
  requireRows(raw.length, { source, origin });
  const groups = new Map<string, DateGroup>();
  const isNew = makeDuplicateCheck({ source, origin });
  // A `full` shard has ~10^5–10^6 rows but a few dozen category keys: normalise each once.
  const categories = new Map<string, string>();
  raw.forEach((value, i) => {
    const row = validateRow(leaderboardRowSchema, value, { source, origin, row: i + 1 });
    const date = row.leaderboard_publish_date;
    const category = categories.get(row.category) ?? normalizeCategory(row.category);
    categories.set(row.category, category);
    const message = `duplicate model "${row.model_name}" in category "${category}" on ${date}`;
    const at = { row: i + 1, field: "model_name", message };
    if (!isNew(`${date}\u0000${category}\u0000${row.model_name}`, at, figuresOf(row))) return;
    const group: DateGroup = groups.get(date) ?? { scores: [], models: new Map() };
    groups.set(date, group);
    group.scores.push(toScoreRow(row, category));
    if (!group.models.has(row.model_name)) {
      const known = { organization: row.organization, licence: row.license };
      group.models.set(row.model_name, makeModelFact(row.model_name, known));
    }
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([publishedOn, group]) => ({
      arena: board.arena,
      publishedOn,
      styleControl: board.styleControl,
      coverage: "complete",
      origin,
      scores: group.scores,
      models: [...group.models.values()],
    }));
}

function toScoreRow(row: LeaderboardRow, category: string): ScoreRow {
  return {
    model: row.model_name,
    category,
    rating: row.rating,
    lower: row.rating_lower,
    upper: row.rating_upper,
    votes: row.vote_count,
    rank: row.rank,
  };
}

/** What a repeated row must share with the first to count as an exact copy (rank may differ). */
function figuresOf(row: LeaderboardRow): string {
  const { rating, rating_lower, rating_upper, vote_count, organization, license } = row;
  return [rating, rating_lower, rating_upper, vote_count, organization, license].join("\u0000");
}

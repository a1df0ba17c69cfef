import { dropAmbiguousRows } from "../drop-ambiguous-rows";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import type { ModelFact, ParsedSnapshot, ScoreRow } from "../types";
import { requireRows, validateRow } from "../validate";
import { info } from "./info";
import { leaderboardRowSchema, type LeaderboardRow } from "./schema";
import type { SUBSETS } from "./subsets";

type Board = (typeof SUBSETS)[keyof typeof SUBSETS];

interface DateGroup {
  scores: ScoreRow[];
  models: Map<string, ModelFact>;
}

/**
 * Validates a subset's rows (from a Parquet shard or the CSV mirror, both in the dataset's
 * columns) and groups them into one snapshot per publish date, oldest first, all categories in
 * each. `rowOf` turns a 0-based index into the row number errors report.
 */
export function groupLeaderboardRows(
  raw: readonly unknown[],
  board: Board,
  origin: string,
  rowOf: (index: number) => number,
): ParsedSnapshot[] {
  const source = info.slug;
  requireRows(raw.length, { source, origin });
  // A `full` shard has ~10^5–10^6 rows but a few dozen category keys: normalise each once.
  const categories = new Map<string, string>();
  const rows = raw.map((value, i) => {
    const row = validateRow(leaderboardRowSchema, value, { source, origin, row: rowOf(i) });
    const category = categories.get(row.category) ?? normalizeCategory(row.category);
    categories.set(row.category, category);
    return { ...row, category };
  });
  const { kept } = dropAmbiguousRows(
    rows,
    (r) => `${r.leaderboard_publish_date}\u0000${r.category}\u0000${r.model_name}`,
    figuresOf,
  );
  const groups = new Map<string, DateGroup>();
  for (const row of kept) {
    const date = row.leaderboard_publish_date;
    const group: DateGroup = groups.get(date) ?? { scores: [], models: new Map() };
    groups.set(date, group);
    group.scores.push(toScoreRow(row));
    if (!group.models.has(row.model_name)) {
      const known = { organization: row.organization, licence: row.license };
      group.models.set(row.model_name, makeModelFact(row.model_name, known));
    }
  }
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

function toScoreRow(row: LeaderboardRow): ScoreRow {
  return {
    model: row.model_name,
    category: row.category,
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

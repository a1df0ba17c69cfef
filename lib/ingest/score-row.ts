import type { ScoreRow } from "./types";

/** A rating with only what the source gives; bounds, votes and rank the source lacks are null. */
export function makeScoreRow(
  model: string,
  category: string,
  rating: number,
  known: Partial<Pick<ScoreRow, "lower" | "upper" | "votes" | "rank">> = {},
): ScoreRow {
  return { model, category, rating, lower: null, upper: null, votes: null, rank: null, ...known };
}

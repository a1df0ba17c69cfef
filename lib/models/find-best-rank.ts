export interface PositionedRating {
  board: string;
  snapshotId: number;
  date: string;
  category: string;
  rating: number;
  /** 1 + the number of models rated strictly higher in that snapshot and category. */
  position: number;
  /** How many models that snapshot rated in the category. */
  fieldSize: number;
}

/**
 * A place among fewer models is no leaderboard rank: per-lab flagship lists and early partial
 * tables hold a handful of models, and "#1 of 6" there would overstate a model.
 */
export const MIN_FIELD_SIZE = 10;

/** The best place a model reached (earliest, then board key, on ties) over every board, or null. */
export function findBestRank(rows: readonly PositionedRating[]): PositionedRating | null {
  let best: PositionedRating | null = null;
  for (const r of rows) {
    if (r.fieldSize < MIN_FIELD_SIZE) continue;
    if (
      best === null ||
      r.position < best.position ||
      (r.position === best.position &&
        (r.date < best.date || (r.date === best.date && r.board < best.board)))
    )
      best = r;
  }
  return best;
}

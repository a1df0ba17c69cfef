import type { FrontierEntry } from "./types";

export interface LevelReached {
  /** Date of the first snapshot whose best model of the other side rated at least `target`. */
  date: string;
  by: FrontierEntry["model"];
  rating: number;
  /** Already reached in the series' first snapshot: the real date lies before the data ("≤"). */
  atSeriesStart: boolean;
}

/**
 * When the other side first reached a model's level: the first snapshot of the same board and
 * category whose best model of that side rated ≥ `target`. Null when it never has. `series` holds
 * that side's best model per snapshot (one board only: scales of boards are not comparable).
 */
export function findLevelReached(
  target: number,
  series: readonly FrontierEntry[],
): LevelReached | null {
  // Several open classes can each have a best model on one date: name the highest of them.
  const sorted = [...series].sort(
    (a, b) => a.date.localeCompare(b.date) || b.model.rating - a.model.rating,
  );
  const first = sorted[0];
  const hit = sorted.find((p) => p.model.rating >= target);
  if (!hit || !first) return null;
  return {
    date: hit.date,
    by: hit.model,
    rating: hit.model.rating,
    atSeriesStart: hit.date === first.date,
  };
}

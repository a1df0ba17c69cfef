import type { RankedEntry } from "./types";

export interface MovedEntry {
  entry: RankedEntry;
  previous: RankedEntry;
  ratingChange: number;
  /** Positive = moved up the board (a smaller rank number). */
  rankChange: number;
  /** What made the move count: the intervals separated, or the rank rule for interval-less boards. */
  rule: "interval" | "rank";
}

export interface BoardChanges {
  added: RankedEntry[];
  removed: RankedEntry[];
  moved: MovedEntry[];
  /** Median rating change of the models on both boards: a shared shift means a re-anchored scale. */
  medianShift: number | null;
}

/** Rank change that counts as a move on boards without intervals. */
export const RANK_MOVE_THRESHOLD = 3;

/**
 * What changed between two snapshots of one source and board (ratings compared only within it).
 * A model "moved beyond the interval" when its new and old 95% intervals no longer overlap, i.e.
 * the rating change exceeds the combined half-widths; without intervals on either side, when its
 * rank changed by RANK_MOVE_THRESHOLD or more.
 */
export function computeChanges(
  current: readonly RankedEntry[],
  previous: readonly RankedEntry[],
): BoardChanges {
  const before = new Map(previous.map((e) => [e.modelId, e]));
  const now = new Set(current.map((e) => e.modelId));
  const added: RankedEntry[] = [];
  const moved: MovedEntry[] = [];
  const shifts: number[] = [];
  for (const e of current) {
    const p = before.get(e.modelId);
    if (!p) {
      added.push(e);
      continue;
    }
    const ratingChange = e.rating - p.rating;
    shifts.push(ratingChange);
    const rankChange = p.rank - e.rank;
    const intervals = e.lower !== null && e.upper !== null && p.lower !== null && p.upper !== null;
    if (intervals) {
      const separated = (e.lower ?? 0) > (p.upper ?? 0) || (e.upper ?? 0) < (p.lower ?? 0);
      if (separated)
        moved.push({ entry: e, previous: p, ratingChange, rankChange, rule: "interval" });
    } else if (Math.abs(rankChange) >= RANK_MOVE_THRESHOLD) {
      moved.push({ entry: e, previous: p, ratingChange, rankChange, rule: "rank" });
    }
  }
  moved.sort(
    (a, b) => Math.abs(b.ratingChange) - Math.abs(a.ratingChange) || a.entry.rank - b.entry.rank,
  );
  const removed = previous.filter((p) => !now.has(p.modelId));
  return { added, removed, moved, medianShift: median(shifts) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 ? hi : (hi + (sorted[mid - 1] ?? 0)) / 2;
}

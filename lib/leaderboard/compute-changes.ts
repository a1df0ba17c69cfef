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
  /** Set when the two snapshots list different numbers of models (a deeper or shallower read). */
  coverage: CoverageChange | null;
}

export interface CoverageChange {
  /** Models listed in the previous and in this snapshot (this category). */
  before: number;
  after: number;
  /** In view only because this snapshot lists more rows (ranked below the previous depth). */
  revealed: RankedEntry[];
  /** Out of view only because this snapshot lists fewer rows (ranked below its depth). */
  hidden: RankedEntry[];
}

/** Rank change that counts as a move on boards without intervals. */
export const RANK_MOVE_THRESHOLD = 3;

/**
 * What changed between two snapshots of one source and board (ratings compared only within it).
 * A model "moved beyond the interval" when its new and old 95% intervals no longer overlap, i.e.
 * the rating change exceeds the combined half-widths; without intervals on either side, when its
 * rank changed by RANK_MOVE_THRESHOLD or more.
 *
 * A model is new only if the previous snapshot could have shown it: its rank is within the
 * previous snapshot's depth, or `seenBefore` (models on earlier snapshots of this source and
 * board) lacks it. The rest appear because the read went deeper; removals mirror this.
 */
export function computeChanges(
  current: readonly RankedEntry[],
  previous: readonly RankedEntry[],
  seenBefore: ReadonlySet<number> | null = null,
): BoardChanges {
  const before = new Map(previous.map((e) => [e.modelId, e]));
  const now = new Set(current.map((e) => e.modelId));
  const added: RankedEntry[] = [];
  const revealed: RankedEntry[] = [];
  const moved: MovedEntry[] = [];
  const shifts: number[] = [];
  for (const e of current) {
    const p = before.get(e.modelId);
    if (!p) {
      const couldShow = e.rank <= previous.length || !(seenBefore?.has(e.modelId) ?? false);
      (couldShow ? added : revealed).push(e);
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
  const gone = previous.filter((p) => !now.has(p.modelId));
  // Same depth: every difference is a real entry or exit. A shallower read cannot show a model
  // ranked below its last row, so that model is out of view, not removed.
  if (current.length === previous.length)
    return {
      added: [...added, ...revealed],
      removed: gone,
      moved,
      medianShift: median(shifts),
      coverage: null,
    };
  const hidden = seenBefore ? gone.filter((p) => p.rank > current.length) : [];
  return {
    added,
    removed: gone.filter((p) => !hidden.includes(p)),
    moved,
    medianShift: median(shifts),
    coverage: { before: previous.length, after: current.length, revealed, hidden },
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 ? hi : (hi + (sorted[mid - 1] ?? 0)) / 2;
}

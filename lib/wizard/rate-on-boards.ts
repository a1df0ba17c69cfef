import type { QualityBar } from "./answers";
import type { TaskBoard, TaskBoardScore } from "./types";

/** Used for the frontier test when a board publishes no intervals. */
export const FRONTIER_POINTS_WITHOUT_CI = 10;

export interface TaskBoardBest extends TaskBoardScore {
  name: string;
}

export interface TaskBoardRating {
  boardId: string;
  label: string;
  /** null: the model is not on this board's snapshot. */
  rating: number | null;
  /** Points behind the board's best model in the same snapshot. */
  gap: number | null;
  /** Statistically tied with the best (95% intervals overlap), or within 10 points without them. */
  tiedWithBest: boolean;
}

/** The top-rated model of a board's snapshot, whatever its licence. */
export function findBoardBest(
  board: TaskBoard,
  nameOf: (id: number) => string,
): TaskBoardBest | null {
  let best: TaskBoardScore | null = null;
  for (const s of board.scores) if (!best || s.rating > best.rating) best = s;
  return best ? { ...best, name: nameOf(best.modelId) } : null;
}

export function rateOnBoard(
  board: TaskBoard,
  best: TaskBoardBest | null,
  modelId: number,
): TaskBoardRating {
  const id = `${board.arena}:${board.category}`;
  const s = board.scores.find((x) => x.modelId === modelId);
  if (!s || !best)
    return { boardId: id, label: board.label, rating: null, gap: null, tiedWithBest: false };
  const gap = best.rating - s.rating;
  const tied =
    s.upper != null && best.lower != null
      ? s.upper >= best.lower
      : gap <= FRONTIER_POINTS_WITHOUT_CI;
  return { boardId: id, label: board.label, rating: s.rating, gap, tiedWithBest: tied };
}

/** Ranking score: mean gap over the boards, an unrated board counting as its last place. */
export function scoreQuality(ratings: TaskBoardRating[], worstGaps: Map<string, number>): number {
  if (ratings.length === 0) return 0;
  const gaps = ratings.map((r) => r.gap ?? worstGaps.get(r.boardId) ?? 0);
  return gaps.reduce((a, b) => a + b, 0) / gaps.length;
}

/** Whether the ratings meet the quality bar, with the reason a reader can check. */
export function checkQuality(
  ratings: TaskBoardRating[],
  bar: QualityBar,
  within: number,
): { status: "pass" | "fail" | "unknown"; reason: string } {
  // ✓ only for a bar that is met: without a bar, a model behind the best gets "?" and the gap.
  const unrated = ratings.filter((r) => r.rating === null).map((r) => r.label);
  const rated = ratings.filter((r) => r.gap !== null);
  const worst = rated.reduce<TaskBoardRating | null>(
    (w, r) => (!w || r.gap! > w.gap! ? r : w),
    null,
  );
  const worstText = !worst
    ? ""
    : worst.gap! < 0.5
      ? `the best on ${worst.label}`
      : `${worst.label}: ${fmt(worst.gap!)} behind the best`;
  if (bar === "any") {
    if (rated.length === 0) return { status: "fail", reason: `Not rated on ${unrated.join(", ")}` };
    const tail = unrated.length ? `; not rated on ${unrated.join(", ")} (counted as last)` : "";
    if (!unrated.length && rated.every((r) => r.tiedWithBest || r.gap! < 0.5))
      return { status: "pass", reason: `Statistically tied with the best (${worstText})` };
    return { status: "unknown", reason: `No quality bar set; ${worstText}${tail}` };
  }
  if (unrated.length) return { status: "fail", reason: `Not rated on ${unrated.join(", ")}` };
  if (bar === "within") {
    const over = rated.filter((r) => r.gap! > within);
    return over.length
      ? { status: "fail", reason: `${worstText} (limit ${within})` }
      : { status: "pass", reason: `Within ${within} points everywhere (${worstText})` };
  }
  const behind = rated.filter((r) => !r.tiedWithBest);
  return behind.length
    ? {
        status: "fail",
        reason: `Not tied with the best on ${behind.map((r) => `${r.label} (${fmt(r.gap!)} behind)`).join(", ")}`,
      }
    : { status: "pass", reason: `Statistically tied with the best (${worstText})` };
}

const fmt = (gap: number) => `${Math.round(gap)} points`;

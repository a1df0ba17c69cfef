import type { Coverage } from "@/lib/domain";
import { parseSeriesKey } from "@/lib/models/series-key";

/** One snapshot and how many of the chosen models it rates (in any category). */
export interface SnapshotCoverage {
  snapshotId: number;
  board: string;
  date: string;
  /** The source's reliability rank (lower is preferred), as in the gap timeline. */
  priority: number;
  /** Partial boards and flagship series only stand in when a board is pinned. */
  coverage: Coverage;
  modelCount: number;
}

export interface SnapshotChoice {
  snapshot: SnapshotCoverage;
  /** Set when `at` had no snapshot of its own: "earlier" = nearest earlier, "first" = none before. */
  note: { kind: "earlier" | "first"; requested: string } | null;
}

/**
 * The one snapshot a comparison shows. Without `at`: per board the newest snapshot rating the
 * most chosen models; with `at`: per board the newest on or before that date (else its first).
 * Unless `board` pins one, the board rating the most chosen models wins, then the newer
 * snapshot, then the more reliable source, then the default board (text, no style control).
 */
export function selectSnapshot(
  coverage: readonly SnapshotCoverage[],
  pins: { board: string | null; at: string | null },
): SnapshotChoice | null {
  const byBoard = new Map<string, SnapshotCoverage[]>();
  for (const c of coverage) {
    if (c.modelCount === 0 || (pins.board !== null && c.board !== pins.board)) continue;
    if (pins.board === null && c.coverage !== "complete") continue;
    byBoard.set(c.board, [...(byBoard.get(c.board) ?? []), c]);
  }
  const candidates = [...byBoard.values()].map((list) => pickInBoard(list, pins.at));
  const rank = (c: SnapshotChoice) => {
    const b = parseSeriesKey(c.snapshot.board);
    return (b?.arena === "text" ? 0 : 2) + (b?.styleControl ? 1 : 0);
  };
  candidates.sort(
    (a, b) =>
      Number(a.note?.kind === "first") - Number(b.note?.kind === "first") ||
      b.snapshot.modelCount - a.snapshot.modelCount ||
      b.snapshot.date.localeCompare(a.snapshot.date) ||
      a.snapshot.priority - b.snapshot.priority ||
      rank(a) - rank(b) ||
      a.snapshot.board.localeCompare(b.snapshot.board),
  );
  return candidates[0] ?? null;
}

function pickInBoard(list: SnapshotCoverage[], at: string | null): SnapshotChoice {
  const sorted = [...list].sort((a, b) => b.date.localeCompare(a.date));
  const newest = sorted[0] as SnapshotCoverage;
  if (at === null) {
    const most = Math.max(...sorted.map((c) => c.modelCount));
    return { snapshot: sorted.find((c) => c.modelCount === most) ?? newest, note: null };
  }
  const onOrBefore = sorted.find((c) => c.date <= at);
  if (onOrBefore)
    return {
      snapshot: onOrBefore,
      note: onOrBefore.date === at ? null : { kind: "earlier", requested: at },
    };
  return { snapshot: sorted.at(-1) ?? newest, note: { kind: "first", requested: at } };
}

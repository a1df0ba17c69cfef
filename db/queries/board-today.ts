import "server-only";
import { sql } from "drizzle-orm";
import { pickBoardToday, type BoardSnapshot } from "@/lib/today/pick-board-today";
import { getDb } from "../client";
import { scores, snapshots, sources } from "../schema";
import { memoByDataVersion } from "./data-version";
import { onBoard, type BoardRef } from "./board";

export type { BoardRef };

/** Every snapshot of one board with its coverage and whether it publishes intervals. */
export function getBoardSnapshotList(board: BoardRef): BoardSnapshot[] {
  return memoByDataVersion(`board-snapshots:${board.arena}:${board.styleControl}`, () =>
    getDb()
      .all<Omit<BoardSnapshot, "hasIntervals"> & { hasIntervals: number }>(
        sql`
        SELECT ${snapshots.id} AS id, ${snapshots.publishedOn} AS date,
               ${snapshots.sourceSlug} AS source, ${sources.name} AS sourceName,
               ${sources.priority} AS priority, ${snapshots.coverage} AS coverage,
               EXISTS (SELECT 1 FROM ${scores} WHERE ${scores.snapshotId} = ${snapshots.id}
                       AND ${scores.lower} IS NOT NULL) AS hasIntervals
        FROM ${snapshots} JOIN ${sources} ON ${sources.slug} = ${snapshots.sourceSlug}
        WHERE ${onBoard(board)}
        ORDER BY ${snapshots.publishedOn}`,
      )
      .map((s) => ({ ...s, hasIntervals: s.hasIntervals === 1 })),
  );
}

/** The board's "today" (or as of `at`): see lib/today/pick-board-today.ts. */
export function getBoardToday(board: BoardRef, at: string | null = null): BoardSnapshot | null {
  return pickBoardToday(getBoardSnapshotList(board), at);
}

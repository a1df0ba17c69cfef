import "server-only";
import { and, eq, gt, type SQL } from "drizzle-orm";
import type { Arena } from "@/lib/domain";
import { snapshots } from "../schema";

/** A leaderboard: arena × style control (one rating scale per source on it). */
export interface BoardRef {
  arena: Arena;
  styleControl: boolean;
}

/** The one board predicate: this arena and style control, snapshots that hold ratings. */
export function onBoard(board: BoardRef): SQL {
  return and(
    eq(snapshots.arena, board.arena),
    eq(snapshots.styleControl, board.styleControl),
    gt(snapshots.scoreCount, 0),
  ) as SQL;
}

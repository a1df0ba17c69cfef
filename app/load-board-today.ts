import "server-only";
import { todayIso } from "@/lib/dates/iso-date";
import { getBoardToday } from "@/db/queries/board-today";
import type { Arena } from "@/lib/domain";
import { labelBoard } from "@/lib/labels";

export interface BoardTodayProps {
  date: string;
  sourceName: string;
  board: string;
  now: string;
}

/** The props of <DataAsOf> for one board's "today" (the site's default board unless told). */
export function loadBoardToday(
  board: { arena: Arena; styleControl: boolean } = { arena: "text", styleControl: false },
): BoardTodayProps | null {
  const today = getBoardToday(board);
  if (!today) return null;
  return {
    date: today.date,
    sourceName: today.sourceName,
    board: labelBoard(board.arena, board.styleControl),
    now: todayIso(),
  };
}

import { ARENAS, type Arena } from "@/lib/domain";
import { labelBoard } from "@/lib/labels";
import { parseSeriesKey } from "./series-key";

export interface BoardGroup<T> {
  /** `text`, `text.sc`, `webdev`: an arena × style control, whatever the source. */
  board: string;
  arena: Arena;
  styleControl: boolean;
  /** "Text arena, style control on". */
  label: string;
  items: T[];
}

/**
 * Splits series-keyed items by board, so no chart or rank mixes two boards' scales (a code-arena
 * point on a text-rating axis). Boards in arena order, style control off before on.
 */
export function groupByBoard<T>(
  items: readonly T[],
  seriesOf: (item: T) => string,
): BoardGroup<T>[] {
  const groups = new Map<string, BoardGroup<T>>();
  for (const item of items) {
    const s = parseSeriesKey(seriesOf(item));
    if (!s) continue;
    const board = `${s.arena}${s.styleControl ? ".sc" : ""}`;
    const g = groups.get(board) ?? {
      board,
      arena: s.arena,
      styleControl: s.styleControl,
      label: labelBoard(s.arena, s.styleControl),
      items: [],
    };
    g.items.push(item);
    groups.set(board, g);
  }
  const order = (g: BoardGroup<T>) => ARENAS.indexOf(g.arena) * 2 + (g.styleControl ? 1 : 0);
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}

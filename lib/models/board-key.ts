import { ARENAS, type Arena } from "@/lib/domain";

/** One rating series: a source's board. Ratings are comparable only within one board's snapshot. */
export interface Board {
  source: string;
  arena: Arena;
  styleControl: boolean;
}

/**
 * A board as one URL-safe value: `lmarena-catalog`, `lmarena-catalog.sc`, `arena-ai-daily.code`.
 * The text board without style control is the plain source slug, so the common case stays short.
 */
export function toBoardKey(board: Board): string {
  const parts = [board.source];
  if (board.arena !== "text") parts.push(board.arena);
  if (board.styleControl) parts.push("sc");
  return parts.join(".");
}

/** The inverse of toBoardKey; null for anything it could not have produced. */
export function parseBoardKey(key: string): Board | null {
  const [source = "", ...rest] = key.split(".");
  if (!/^[a-z0-9-]+$/.test(source) || rest.length > 2) return null;
  const arena = rest.find((p) => p !== "sc") ?? "text";
  if (!(ARENAS as readonly string[]).includes(arena)) return null;
  const board: Board = { source, arena: arena as Arena, styleControl: rest.includes("sc") };
  // Only the one spelling toBoardKey writes is accepted, so every board has one URL.
  return toBoardKey(board) === key ? board : null;
}

/** "LMArena arena-catalog · style control", for legends, notices and citations. */
export function describeBoard(key: string, sourceName: (slug: string) => string): string {
  const board = parseBoardKey(key);
  if (!board) return key;
  const parts = [sourceName(board.source)];
  if (board.arena !== "text") parts.push(`${board.arena} arena`);
  if (board.styleControl) parts.push("style control");
  return parts.join(" · ");
}

import { IngestError } from "../ingest-error";
import { toIsoDate } from "../parse-number";
import type { ParsedSnapshot, SourceAdapter, SourceFile } from "../types";
import { FILE_PATTERN, isBoardName, BOARDS } from "./boards";
import { combineBoards } from "./combine-boards";
import { fetchFiles } from "./fetch-files";
import { info } from "./info";
import { parseLeaderboard } from "./parse-leaderboard";

// Only the dated boards this app reads; `_index.json`, `latest.json`, `schemas/` and the image,
// video, vision, search and agent boards are left alone.
function selectFiles(listing: readonly string[]): string[] {
  return listing.filter((p) => {
    const board = FILE_PATTERN.exec(p)?.[2];
    return board !== undefined && isBoardName(board);
  });
}

function parse(file: SourceFile): ParsedSnapshot[] {
  const match = FILE_PATTERN.exec(file.path);
  const board = match?.[2];
  if (!match?.[1] || !toIsoDate(match[1]) || !board || !isBoardName(board)) {
    const names = Object.keys(BOARDS).join(", ");
    throw new IngestError({
      source: info.slug,
      origin: file.path,
      message: `expected data/YYYY-MM-DD/<board>.json with a board of ${names}`,
    });
  }
  return [parseLeaderboard(file, board)];
}

export const arenaAiDailyAdapter = {
  info,
  selectFiles,
  parse,
  fetchFiles,
  combine: combineBoards,
} satisfies SourceAdapter;

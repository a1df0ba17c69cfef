import { IngestError } from "../ingest-error";
import { toIsoDate } from "../parse-number";
import type { ParsedSnapshot, SourceAdapter, SourceFile } from "../types";
import { fetchFiles } from "./fetch-files";
import { info } from "./info";
import { parseLeaderboard } from "./parse-leaderboard";

// Only the dated text and code boards; `_index.json`, `latest.json` and `schemas/` hold no ratings.
const FILE_PATTERN = /^data\/(\d{4}-\d{2}-\d{2})\/(text|code)\.json$/;

function selectFiles(listing: readonly string[]): string[] {
  return listing.filter((p) => FILE_PATTERN.test(p));
}

function parse(file: SourceFile): ParsedSnapshot[] {
  const match = FILE_PATTERN.exec(file.path);
  const publishedOn = match?.[1] ? toIsoDate(match[1]) : null;
  const board = match?.[2] === "text" || match?.[2] === "code" ? match[2] : null;
  if (!publishedOn || !board) {
    throw new IngestError({
      source: info.slug,
      origin: file.path,
      message: "expected data/YYYY-MM-DD/text.json or data/YYYY-MM-DD/code.json",
    });
  }
  return [parseLeaderboard(file, board, publishedOn)];
}

export const arenaAiDailyAdapter = {
  info,
  selectFiles,
  parse,
  fetchFiles,
} satisfies SourceAdapter;

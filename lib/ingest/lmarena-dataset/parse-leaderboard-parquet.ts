import type { ParsedSnapshot, SourceFile } from "../types";
import { groupLeaderboardRows } from "./group-leaderboard-rows";
import { info } from "./info";
import { readParquetRows } from "./read-parquet-rows";
import { REQUIRED_COLUMNS } from "./schema";
import type { SUBSETS } from "./subsets";

/** One shard of a subset's split: many publish dates × categories, one snapshot per date. */
export async function parseLeaderboardParquet(
  file: SourceFile,
  board: (typeof SUBSETS)[keyof typeof SUBSETS],
): Promise<ParsedSnapshot[]> {
  const raw = await readParquetRows(file, info.slug, REQUIRED_COLUMNS);
  return groupLeaderboardRows(raw, board, file.path, (i) => i + 1);
}

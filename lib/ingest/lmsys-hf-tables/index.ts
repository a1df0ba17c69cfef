import type { SourceAdapter } from "../types";
import { info } from "./info";
import { TABLE_FILE_PATTERN, parseLeaderboardTable } from "./parse-leaderboard-table";

export const lmsysHfTablesAdapter = {
  info,
  // elo_data.json only keeps each category's maximum, so it is left out.
  selectFiles: (listing) => listing.filter((p) => TABLE_FILE_PATTERN.test(p)).sort(),
  parse: (file) => [parseLeaderboardTable(file)],
} satisfies SourceAdapter;

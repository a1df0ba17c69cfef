import type { SourceAdapter } from "../types";
import { info } from "./info";
import { parseLeaderboardCsv } from "./parse-leaderboard-csv";

const SNAPSHOT_FILE =
  /^(lmsys\/\d{4}\.\d{2}\.\d{2}\/lmsys|lmarena_text\/\d{4}\.\d{2}\.\d{2}\/lmarena_text)\.csv$/;

export const lmarenaDailyCsvAdapter = {
  info,
  selectFiles: (listing) => listing.filter((p) => SNAPSHOT_FILE.test(p)),
  parse: (file) => [parseLeaderboardCsv(file, info.slug)],
} satisfies SourceAdapter;

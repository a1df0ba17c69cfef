import type { SourceAdapter, SourceInfo } from "../types";
import { parseLeaderboardCsv } from "./parse-leaderboard-csv";

const SNAPSHOT_FILE =
  /^(lmsys\/\d{4}\.\d{2}\.\d{2}\/lmsys|lmarena_text\/\d{4}\.\d{2}\.\d{2}\/lmarena_text)\.csv$/;

const info: SourceInfo = {
  slug: "lmarena-daily-csv",
  name: "LMArena daily CSV (fboulnois/llm-leaderboard-csv)",
  publisher: "LMSYS / LMArena, via fboulnois/llm-leaderboard-csv",
  dataLicence: "MPL-2.0 (repository licence; no separate data licence stated)",
  homepage: "https://github.com/fboulnois/llm-leaderboard-csv",
  dataDir: "llm-leaderboard-csv-fboulnois",
  series:
    "Arena score of the overall text leaderboard as displayed, scraped daily (fboulnois/llm-leaderboard-csv)",
  priority: 1,
  kind: "ratings",
};

export const lmarenaDailyCsvAdapter = {
  info,
  selectFiles: (listing) => listing.filter((p) => SNAPSHOT_FILE.test(p)),
  parse: (file) => [parseLeaderboardCsv(file, info.slug)],
} satisfies SourceAdapter;

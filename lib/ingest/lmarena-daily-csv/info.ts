import type { SourceInfo } from "../types";

// Metadata only (no parser), so pages can list sources without loading adapters.
export const info = {
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
} satisfies SourceInfo;

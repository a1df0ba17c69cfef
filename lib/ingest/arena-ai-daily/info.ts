import type { SourceInfo } from "../types";

export const info = {
  slug: "arena-ai-daily",
  name: "arena.ai daily leaderboard scrape",
  publisher: "LMArena (arena.ai), via github.com/oolong-tea-2026/arena-ai-leaderboards",
  dataLicence: "MIT (scraper repository, Copyright (c) 2026 Wu Long); data sourced from arena.ai",
  homepage: "https://github.com/oolong-tea-2026/arena-ai-leaderboards",
  dataDir: "arena-ai-leaderboards-oolong-tea",
  series: "arena.ai Arena score (daily scrape of the top of the board by oolong-tea-2026)",
  priority: 3,
  kind: "ratings",
  live: {
    envVar: "OPENGAP_URL_ARENA_AI_DAILY",
    defaultUrl: "https://raw.githubusercontent.com/oolong-tea-2026/arena-ai-leaderboards/main/data",
  },
} satisfies SourceInfo;

import type { SourceInfo } from "../types";

export const info = {
  slug: "arena-ai-daily",
  name: "arena.ai daily leaderboard scrape",
  publisher:
    "LMArena (arena.ai), via github.com/oolong-tea-2026/arena-ai-leaderboards and its continuation github.com/aabao325/arena-ai-leaderboards",
  dataLicence: "MIT (scraper repository, Copyright (c) 2026 Wu Long); data sourced from arena.ai",
  homepage: "https://github.com/aabao325/arena-ai-leaderboards",
  // The continuation carries the first repository's history; each folder holds its own dates.
  dataDir: ["arena-ai-leaderboards-oolong-tea", "arena-ai-leaderboards-aabao325"],
  series:
    "arena.ai Arena score, daily scrape: the top rows as read by a language model to 2026-07-15, the whole board from 2026-07-16",
  priority: 4,
  kind: "ratings",
  live: {
    envVar: "OPENGAP_URL_ARENA_AI_DAILY",
    defaultUrl: "https://raw.githubusercontent.com/aabao325/arena-ai-leaderboards/main/data",
  },
} satisfies SourceInfo;

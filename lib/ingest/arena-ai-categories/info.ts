import type { SourceInfo } from "../types";

export const info = {
  slug: "arena-ai-categories",
  name: "arena.ai per-category boards (SmallAi-API/LLM-Ranking)",
  publisher: "LMArena (arena.ai), via github.com/SmallAi-API/LLM-Ranking",
  dataLicence:
    "None stated (the SmallAi-API/LLM-Ranking repository has no LICENSE file and its README names none); the ratings are arena.ai's",
  homepage: "https://github.com/SmallAi-API/LLM-Ranking",
  dataDir: "arena-ai-category-boards-smallai",
  series:
    "arena.ai Arena score per text category, with and without style control, as displayed (whole numbers, bounds from the ± shown), scraped about daily",
  // Whole boards per category, so ahead of the daily scrape's top rows over the same months, but
  // behind LMArena's own files (full precision, publish dates rather than scrape dates).
  priority: 3,
  kind: "ratings",
} satisfies SourceInfo;

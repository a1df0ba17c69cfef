import type { SourceInfo } from "../types";

// Metadata only (no parser), so pages can list sources without loading adapters.
export const info = {
  slug: "lmsys-hf-tables",
  name: "Chatbot Arena leaderboard tables (HF Space mirror)",
  publisher: "LMSYS / LMArena, via utterstep/chatbot-arena-leaderbord-vis",
  dataLicence: "Apache-2.0 per the Space card (the mirror's README body says MIT)",
  homepage: "https://github.com/utterstep/chatbot-arena-leaderbord-vis",
  dataDir: "chatbot-arena-leaderboard-hf-mirror-utterstep",
  series: "Arena Elo as displayed on the LMSYS leaderboard (2023 tables)",
  priority: 8,
  kind: "ratings",
} satisfies SourceInfo;

import type { SourceInfo } from "../types";

// Metadata only (no parser), so pages can list sources without loading adapters.
export const info = {
  slug: "lmsys-elo-history",
  name: "Chatbot Arena rating history (jasontrigg0)",
  publisher: "LMSYS / LMArena, via jasontrigg0/chatbot-arena-history",
  dataLicence: "None stated (the repository has no licence file)",
  homepage: "https://github.com/jasontrigg0/chatbot-arena-history",
  dataDir: "chatbot-arena-history-jasontrigg0",
  series:
    "Overall rating from the LMSYS elo_results pkl files (online Elo for 2023-05, then the leaderboard table rating); not the displayed 2023 numbers",
  priority: 5,
  kind: "ratings",
  live: {
    envVar: "OPENGAP_URL_LMSYS_ELO_HISTORY",
    defaultUrl: "https://raw.githubusercontent.com/jasontrigg0/chatbot-arena-history/main",
  },
} satisfies SourceInfo;

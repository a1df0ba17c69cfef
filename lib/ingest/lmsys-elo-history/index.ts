import type { SourceAdapter } from "../types";
import { fetchFiles } from "./fetch-files";
import { LMSYS_ELO_HISTORY_SLUG, parseAlltime } from "./parse-alltime";

export const lmsysEloHistoryAdapter = {
  info: {
    slug: LMSYS_ELO_HISTORY_SLUG,
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
  },
  // Every alltime.csv row already has License and Organization (joined upstream with
  // key_to_model.csv), so that lookup adds nothing; alltime_by_org.csv is derived from alltime.csv.
  selectFiles: (listing) => listing.filter((p) => p === "alltime.csv"),
  parse: (file) => parseAlltime(file),
  fetchFiles,
} satisfies SourceAdapter;

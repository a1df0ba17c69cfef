import type { SourceAdapter } from "../types";
import {
  LMSYS_HF_TABLES_SLUG,
  TABLE_FILE_PATTERN,
  parseLeaderboardTable,
} from "./parse-leaderboard-table";

export const lmsysHfTablesAdapter = {
  info: {
    slug: LMSYS_HF_TABLES_SLUG,
    name: "Chatbot Arena leaderboard tables (HF Space mirror)",
    publisher: "LMSYS / LMArena, via utterstep/chatbot-arena-leaderbord-vis",
    dataLicence: "Apache-2.0 per the Space card (the mirror's README body says MIT)",
    homepage: "https://github.com/utterstep/chatbot-arena-leaderbord-vis",
    dataDir: "chatbot-arena-leaderboard-hf-mirror-utterstep",
    series: "Arena Elo as displayed on the LMSYS leaderboard (2023 tables)",
    priority: 8,
    kind: "ratings",
  },
  // elo_data.json only keeps each category's maximum, so it is left out.
  selectFiles: (listing) => listing.filter((p) => TABLE_FILE_PATTERN.test(p)).sort(),
  parse: (file) => [parseLeaderboardTable(file)],
} satisfies SourceAdapter;

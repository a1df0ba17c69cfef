import type { SourceAdapter } from "../types";
import { fetchFiles } from "./fetch-files";
import { LMSYS_ELO_WIDE_SLUG, parseResultWide } from "./parse-result-wide";

export const lmsysEloWideAdapter = {
  info: {
    slug: LMSYS_ELO_WIDE_SLUG,
    name: "LMArena rating history (nakasyou)",
    publisher: "LMSYS / LMArena, via nakasyou/lmarena-history",
    dataLicence: "MIT",
    homepage: "https://github.com/nakasyou/lmarena-history",
    dataDir: "lmarena-history-nakasyou",
    series:
      "elo_rating_final per pkl date (differs from the displayed rating from 2024-04 to 2025-02)",
    priority: 9,
    kind: "ratings",
    live: {
      envVar: "OPENGAP_URL_LMSYS_ELO_WIDE",
      defaultUrl: "https://raw.githubusercontent.com/nakasyou/lmarena-history/main/output",
    },
  },
  selectFiles: (listing) => listing.filter((p) => p === "result.csv"),
  parse: (file) => parseResultWide(file),
  fetchFiles,
} satisfies SourceAdapter;

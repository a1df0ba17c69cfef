import type { SourceInfo } from "../types";

// Metadata only (no parser), so pages can list sources without loading adapters.
export const info = {
  slug: "lmsys-elo-wide",
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
} satisfies SourceInfo;

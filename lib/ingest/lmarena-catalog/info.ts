import type { SourceInfo } from "../types";

export const info = {
  slug: "lmarena-catalog",
  name: "LMArena arena-catalog",
  publisher: "LMSYS / LMArena, via github.com/lmarena/arena-catalog",
  dataLicence: "None stated (the lmarena/arena-catalog repository has no LICENSE file)",
  homepage: "https://github.com/lmarena/arena-catalog",
  dataDir: "arena-catalog-lmarena",
  series:
    "LMArena's own per-category ratings with 95% intervals (arena-catalog), style control where the file says so",
  priority: 2,
  kind: "ratings",
  live: {
    envVar: "OPENGAP_URL_LMARENA_CATALOG",
    defaultUrl: "https://raw.githubusercontent.com/lmarena/arena-catalog/main/data",
  },
} satisfies SourceInfo;

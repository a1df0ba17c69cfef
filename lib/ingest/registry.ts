import { arenaAiCategoriesAdapter } from "./arena-ai-categories";
import { arenaAiDailyAdapter } from "./arena-ai-daily";
import { labFlagshipsAdapter } from "./lab-flagships";
import { lmarenaCatalogAdapter } from "./lmarena-catalog";
import { lmarenaDailyCsvAdapter } from "./lmarena-daily-csv";
import { lmarenaDatasetAdapter } from "./lmarena-dataset";
import { lmsysEloHistoryAdapter } from "./lmsys-elo-history";
import { lmsysEloWideAdapter } from "./lmsys-elo-wide";
import { lmsysHfTablesAdapter } from "./lmsys-hf-tables";
import { modelsDevAdapter } from "./models-dev";
import { openlmAiAdapter } from "./openlm-ai";
import type { SourceAdapter } from "./types";

/**
 * Every source, in ingest order. Sources that pair internal keys with display names come first
 * so later sources that only write display names resolve to the same models.
 */
export const SOURCE_ADAPTERS: readonly SourceAdapter[] = [
  lmsysHfTablesAdapter,
  lmarenaDatasetAdapter,
  lmsysEloHistoryAdapter,
  lmarenaDailyCsvAdapter,
  lmarenaCatalogAdapter,
  arenaAiDailyAdapter,
  arenaAiCategoriesAdapter,
  labFlagshipsAdapter,
  lmsysEloWideAdapter,
  openlmAiAdapter,
  // Catalog last: its facts only fill what the leaderboards leave open.
  modelsDevAdapter,
];

export function findAdapter(slug: string): SourceAdapter | undefined {
  return SOURCE_ADAPTERS.find((a) => a.info.slug === slug);
}

import { info as arenaAiCategories } from "./arena-ai-categories/info";
import { info as arenaAiDaily } from "./arena-ai-daily/info";
import { info as labFlagships } from "./lab-flagships/info";
import { info as lmarenaCatalog } from "./lmarena-catalog/info";
import { info as lmarenaDailyCsv } from "./lmarena-daily-csv/info";
import { info as lmarenaDataset } from "./lmarena-dataset/info";
import { info as lmsysEloHistory } from "./lmsys-elo-history/info";
import { info as lmsysEloWide } from "./lmsys-elo-wide/info";
import { info as lmsysHfTables } from "./lmsys-hf-tables/info";
import { info as modelsDev } from "./models-dev/info";
import { info as openlmAi } from "./openlm-ai/info";
import type { SourceInfo } from "./types";

/**
 * Every rating source's metadata in registry order, without its parser: for pages such as
 * /status that list sources. registry.test.ts keeps it equal to the registry's.
 */
export const SOURCE_INFOS: readonly SourceInfo[] = [
  lmsysHfTables,
  lmarenaDataset,
  lmsysEloHistory,
  lmarenaDailyCsv,
  lmarenaCatalog,
  arenaAiDaily,
  arenaAiCategories,
  labFlagships,
  lmsysEloWide,
  openlmAi,
  modelsDev,
];

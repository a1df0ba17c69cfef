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
import { info as epochBenchmarks } from "./epoch-benchmarks/info";
import { info as epochEci202603 } from "./epoch-eci-2026-03/info";
import { info as livebench } from "./livebench/info";
import type { MetricSourceInfo } from "./metric-types";
import { info as openLlmLeaderboard } from "./open-llm-leaderboard/info";
import { info as sweBench } from "./swe-bench/info";
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

/** Every benchmark source's metadata in registry order (METRIC_ADAPTERS), likewise parser-free. */
export const METRIC_SOURCE_INFOS: readonly MetricSourceInfo[] = [
  epochBenchmarks,
  epochEci202603,
  livebench,
  sweBench,
  openLlmLeaderboard,
];

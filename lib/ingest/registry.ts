import { arenaAiCategoriesAdapter } from "./arena-ai-categories";
import { arenaAiDailyAdapter } from "./arena-ai-daily";
import { epochBenchmarksAdapter } from "./epoch-benchmarks";
import { epochEci202603Adapter } from "./epoch-eci-2026-03";
import { labFlagshipsAdapter } from "./lab-flagships";
import { lmarenaCatalogAdapter } from "./lmarena-catalog";
import { lmarenaDailyCsvAdapter } from "./lmarena-daily-csv";
import { lmarenaDatasetAdapter } from "./lmarena-dataset";
import { lmsysEloHistoryAdapter } from "./lmsys-elo-history";
import { lmsysEloWideAdapter } from "./lmsys-elo-wide";
import { livebenchAdapter } from "./livebench";
import { lmsysHfTablesAdapter } from "./lmsys-hf-tables";
import type { MetricSourceAdapter } from "./metric-types";
import { modelsDevAdapter } from "./models-dev";
import { openLlmLeaderboardAdapter } from "./open-llm-leaderboard";
import { openlmAiAdapter } from "./openlm-ai";
import { sweBenchAdapter } from "./swe-bench";
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

/** Benchmark sources (lib/ingest/metric-types.ts): one export per download, never mixed. */
export const METRIC_ADAPTERS: readonly MetricSourceAdapter[] = [
  epochBenchmarksAdapter,
  epochEci202603Adapter,
  livebenchAdapter,
  sweBenchAdapter,
  openLlmLeaderboardAdapter,
];

export function findMetricAdapter(slug: string): MetricSourceAdapter | undefined {
  return METRIC_ADAPTERS.find((a) => a.info.slug === slug);
}

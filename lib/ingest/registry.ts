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
 * Every rating source, in ingest order. Identity no longer depends on this order (it is derived
 * from all facts at once); the order only decides which run of a batch is logged first.
 * Metadata without the parsers: source-infos.ts.
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

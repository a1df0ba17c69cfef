import "server-only";
import { getMetricSummaries, getModelMetricScores } from "@/db/queries/metrics";
import { buildModelBenchmarks, type BenchmarkRow } from "@/lib/metrics/build-model-benchmarks";

export interface ModelBenchmarksView {
  models: { slug: string; name: string }[];
  rows: BenchmarkRow[];
}

/** Each model's score on every benchmark (newest export of each), for /compare and model pages. */
export function loadModelBenchmarks(
  models: readonly { slug: string; name: string }[],
): ModelBenchmarksView {
  const slugs = models.map((m) => m.slug);
  return {
    models: models.map(({ slug, name }) => ({ slug, name })),
    rows: buildModelBenchmarks(slugs, getMetricSummaries(), getModelMetricScores(slugs)),
  };
}

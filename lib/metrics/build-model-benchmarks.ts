import type { MetricDateBasis } from "./metric-domain";
import type { MetricSummary } from "./types";

/** A stored score of one model in the newest export of one metric (db/queries/metrics.ts). */
export interface ModelScoreInput {
  modelSlug: string;
  metricSlug: string;
  exportedOn: string;
  exportLabel: string;
  entry: string;
  score: number;
  lower: number | null;
  upper: number | null;
  date: string | null;
  dateBasis: MetricDateBasis;
}

export interface BenchmarkCell {
  score: number;
  lower: number | null;
  upper: number | null;
  /** The row the best score comes from (a run setting, an agent system). */
  entry: string;
  date: string | null;
  dateBasis: MetricDateBasis;
  /** How many rows of this export the model has (reasoning efforts, agent systems). */
  runs: number;
}

export interface BenchmarkRow {
  metric: MetricSummary;
  exportLabel: string | null;
  /** One cell per model, in the order asked for; null: no score. */
  cells: (BenchmarkCell | null)[];
}

/**
 * Every metric the data has, with each model's best score in its newest export (best by the
 * metric's direction) and how many runs it had; a model without one gets "no score", never 0.
 */
export function buildModelBenchmarks(
  modelSlugs: readonly string[],
  metrics: readonly MetricSummary[],
  scores: readonly ModelScoreInput[],
): BenchmarkRow[] {
  return metrics.map((metric) => {
    const mine = scores.filter((s) => s.metricSlug === metric.slug);
    const better = (a: ModelScoreInput, b: ModelScoreInput) =>
      metric.direction === "higher" ? b.score > a.score : b.score < a.score;
    return {
      metric,
      exportLabel: mine[0]?.exportLabel ?? null,
      cells: modelSlugs.map((slug) => {
        const runs = mine.filter((s) => s.modelSlug === slug);
        const best = runs.reduce<ModelScoreInput | null>(
          (a, b) => (!a || better(a, b) ? b : a),
          null,
        );
        return best
          ? {
              score: best.score,
              lower: best.lower,
              upper: best.upper,
              entry: best.entry,
              date: best.date,
              dateBasis: best.dateBasis,
              runs: runs.length,
            }
          : null;
      }),
    };
  });
}

import "server-only";
import { getExportScores, getMetricExports, getMetricSummaries } from "@/db/queries/metrics";
import { readMetricFigure, type MetricFigureReading } from "@/lib/figures/compare-metric-figure";
import {
  PUBLISHED_METRIC_FIGURES,
  type PublishedMetricFigure,
} from "@/lib/figures/published-metric-figures";
import type { MetricSummary } from "@/lib/metrics/types";

export interface MetricFigureRow extends MetricFigureReading {
  figure: PublishedMetricFigure;
  metric: MetricSummary | null;
  href: string;
}

/** Every published benchmark figure beside OpenGap's recomputation from the source's export. */
export function loadMetricFigures(): MetricFigureRow[] {
  const metrics = getMetricSummaries();
  const exports = getMetricExports();
  return PUBLISHED_METRIC_FIGURES.map((figure) => {
    const metric = metrics.find((m) => m.slug === figure.metric) ?? null;
    // The metric's newest export: it dates every score, so the figure's date is read inside it.
    const ex = exports.find((e) => e.metricSlug === figure.metric);
    const href = `/metrics?m=${figure.metric}`;
    if (!metric || !ex)
      return {
        figure,
        metric,
        href,
        ours: null,
        verdict: "no-data" as const,
        basis: "This metric is not in the database.",
        evidence: null,
      };
    return {
      figure,
      metric,
      href,
      ...readMetricFigure(figure, metric, ex, getExportScores(ex.id)),
    };
  });
}

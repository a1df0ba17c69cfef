import "server-only";
import {
  getExportScores,
  getMetricExports,
  getMetricNameCounts,
  getMetricSummaries,
  getUnmatchedMetricNames,
  type UnmatchedName,
} from "@/db/queries/metrics";
import { buildMetricSeries } from "@/lib/metrics/build-metric-series";
import { summariseYardsticks, type YardstickSummary } from "@/lib/metrics/summarise-yardsticks";
import { toMetricChartPoints, type MetricChartPoint } from "@/lib/metrics/to-metric-chart-points";
import { timeTicks } from "@/lib/charts/time-ticks";
import type { ExportSummary, MetricSeries, MetricSummary } from "@/lib/metrics/types";
import { listValid } from "@/lib/url/param-values";
import type { RawParams } from "@/lib/url/param-issue";
import { parseMetricsParams, type MetricsParams, type ParamIssue } from "./search-params";

export interface MetricPanel {
  series: MetricSeries;
  /** Earlier exports of the same metric: never mixed into this chart. */
  otherExports: ExportSummary[];
  points: MetricChartPoint[];
}

export interface MetricsView {
  params: MetricsParams;
  issues: ParamIssue[];
  choices: MetricSummary[];
  panels: MetricPanel[];
  summary: YardstickSummary;
  /** The time axis every chart shares: its ends as dates and in milliseconds, and its ticks. */
  domain: [string, string];
  axis: { domain: [number, number]; ticks: number[] };
  nameCounts: { source: string; matched: number; unmatched: number }[];
  /** Published model names no identity rule joined to an Arena model: listed, never guessed. */
  unmatched: UnmatchedName[];
}

const toT = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** URL → validated params → each chosen metric's newest export → gap series and summary. */
export function loadMetricsView(raw: RawParams): MetricsView {
  const { params, issues } = parseMetricsParams(raw);
  const choices = getMetricSummaries();
  const known = new Set(choices.map((c) => c.slug));
  const unknown = params.m.filter((s) => !known.has(s));
  for (const s of unknown)
    issues.push({
      key: "m",
      value: s,
      message: `Unknown metric "${s}". Valid: ${listValid(choices.map((c) => c.slug))}.`,
    });
  const exports = getMetricExports();
  const panels = params.m
    .filter((s) => known.has(s))
    .flatMap((slug): MetricPanel[] => {
      const metric = choices.find((c) => c.slug === slug);
      const [newest, ...older] = exports.filter((e) => e.metricSlug === slug);
      if (!metric || !newest) return [];
      const series = buildMetricSeries(metric, newest, getExportScores(newest.id));
      return [{ series, otherExports: older, points: toMetricChartPoints(series, params.from) }];
    });
  const to = panels.map((p) => p.series.asOf).reduce((a, b) => (b > a ? b : a), params.from);
  const summary = summariseYardsticks(
    panels.map(({ series }) => ({
      slug: series.metric.slug,
      shortName: series.metric.shortName,
      months: series.latest?.behind?.monthsBehind ?? null,
      openLeads: series.latest?.behind?.openLeads ?? false,
      censored: series.latest?.behind?.censored ?? false,
    })),
  );
  return {
    params,
    issues,
    choices,
    panels,
    summary,
    domain: [params.from, to],
    axis: { domain: [toT(params.from), toT(to)], ticks: timeTicks(toT(params.from), toT(to), 7) },
    nameCounts: getMetricNameCounts(),
    unmatched: getUnmatchedMetricNames(),
  };
}

import { assignSide } from "@/lib/metrics/assign-side";
import { buildMetricSeries } from "@/lib/metrics/build-metric-series";
import { computeAverageLag } from "@/lib/metrics/compute-average-lag";
import type {
  ExportSummary,
  MetricGapPoint,
  MetricScorePoint,
  MetricSummary,
} from "@/lib/metrics/types";
import type { Verdict } from "./compare-figure";
import type { MetricFigureMeasure, PublishedMetricFigure } from "./published-metric-figures";

export interface MetricFigureReading {
  ours: number | null;
  verdict: Verdict;
  /** What OpenGap's number is made of: the models, the export, the method. */
  basis: string;
  /** Other readings that explain a difference (a tolerance, the lag on the date itself). */
  evidence: string | null;
}

const fmt = (v: number) => v.toFixed(1);

/** A published benchmark figure recomputed inside one export of its metric. */
export function readMetricFigure(
  figure: PublishedMetricFigure,
  metric: MetricSummary,
  ex: ExportSummary,
  scores: readonly MetricScorePoint[],
): MetricFigureReading {
  const series = buildMetricSeries(metric, ex, scores, { at: [figure.date] });
  const point = series.points.find((p) => p.date === figure.date) ?? null;
  const where = `${metric.name}, ${ex.label}`;
  const judge = (ours: number | null): Verdict =>
    ours === null
      ? "no-data"
      : Math.abs(ours - figure.value) <= figure.tolerance + 1e-9
        ? "matches"
        : "does-not-match";
  if (figure.measure === "average-lag-months") {
    const window = { from: figure.from ?? "2023-01-01", to: figure.date };
    const sided = scores.map((s) => assignSide(metric.source, s));
    const strict = computeAverageLag(sided, metric.direction, window);
    const lenient = computeAverageLag(sided, metric.direction, window, 1);
    const ours = strict ? Math.round(strict.months * 10) / 10 : null;
    const behind = point?.behind?.monthsBehind ?? null;
    return {
      ours,
      verdict: judge(ours),
      basis: strict
        ? `${where}: the mean horizontal distance between the best-so-far proprietary and open-weight lines over ${metric.unit} ${fmt(strict.levels[0])}–${fmt(strict.levels[1])}, ${window.from} to ${window.to}, an open model counting as caught up at an equal or higher score.`
        : `${where}: no range of scores both lines reach.`,
      evidence:
        lenient && behind !== null
          ? `Counting an open model within 1 index point as caught up (Epoch counts differences that are not significant): ${fmt(lenient.months)} months. Months behind on ${figure.date} itself, not an average: ${fmt(behind)}.`
          : null,
    };
  }
  const ours = pick(figure.measure, point);
  const describe =
    point?.open && point.closed
      ? `${point.closed.name} ${fmt(point.closed.score)} vs ${point.open.name} ${fmt(point.open.score)}, gap ${fmt(point.gap ?? 0)}`
      : "no open or no proprietary score";
  return {
    ours,
    verdict: judge(ours),
    basis: `${where}, as of ${figure.date}: ${describe}.`,
    evidence: null,
  };
}

function pick(measure: MetricFigureMeasure, p: MetricGapPoint | null): number | null {
  if (!p) return null;
  if (measure === "best-closed") return p.closed?.score ?? null;
  if (measure === "best-open") return p.open?.score ?? null;
  return p.gap;
}

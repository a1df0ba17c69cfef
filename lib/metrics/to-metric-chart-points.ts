import type { MetricGapPoint, MetricSeries } from "./types";

export interface MetricChartPoint {
  /** Milliseconds since the epoch (a numeric time axis shared by every chart). */
  t: number;
  date: string;
  open: number | null;
  closed: number | null;
  openBand: [number, number] | null;
  closedBand: [number, number] | null;
  openName: string | null;
  closedName: string | null;
  gap: number | null;
  months: number | null;
}

const toT = (d: string) => Date.parse(`${d}T00:00:00Z`);

/**
 * A series as step-line points from `from` on: the state on `from` itself (what was available
 * by then) first, so every chart on the shared axis starts at its left edge with real values.
 */
export function toMetricChartPoints(series: MetricSeries, from: string): MetricChartPoint[] {
  const before = series.points.findLast((p) => p.date < from);
  const after = series.points.filter((p) => p.date >= from);
  const rows = before && after[0]?.date !== from ? [{ ...before, date: from }, ...after] : after;
  return rows.map((p) => toChartPoint(p));
}

function toChartPoint(p: MetricGapPoint): MetricChartPoint {
  const band = (s: MetricGapPoint["open"]): [number, number] | null =>
    s && s.lower !== null && s.upper !== null ? [s.lower, s.upper] : null;
  return {
    t: toT(p.date),
    date: p.date,
    open: p.open?.score ?? null,
    closed: p.closed?.score ?? null,
    openBand: band(p.open),
    closedBand: band(p.closed),
    openName: p.open?.name ?? null,
    closedName: p.closed?.name ?? null,
    gap: p.gap,
    months: p.behind?.monthsBehind ?? null,
  };
}

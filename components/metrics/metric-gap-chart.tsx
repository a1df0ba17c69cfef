"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  AXIS_PROPS,
  CHART_MARGIN,
  chartA11y,
  GRID_PROPS,
  TIME_AXIS_PROPS,
} from "@/components/charts/chart-config";
import { niceTicks } from "@/lib/charts/nice-ticks";
import { formatTimeTick } from "@/lib/charts/time-ticks";
import { FRONTIER_SERIES } from "@/components/charts/series-styles";
import type { MetricChartPoint } from "@/lib/metrics/to-metric-chart-points";
import styles from "./metrics.module.css";

const SERIES = FRONTIER_SERIES;

const fmt = (v: number | null, unit: string) =>
  v === null ? "—" : `${v.toFixed(1)}${unit === "%" ? "%" : ` ${unit}`}`;

interface Props {
  points: MetricChartPoint[];
  /** The shared time axis of every chart on the page, in milliseconds, and its ticks. */
  domain: [number, number];
  ticks: number[];
  unit: string;
  label: string;
  testId: string;
}

/** One metric's best open and best proprietary score over time: a thin step chart. */
export function MetricGapChart({ points, domain, ticks, unit, label, testId }: Props) {
  const values = points.flatMap((p) =>
    [p.closed, p.open, ...(p.closedBand ?? []), ...(p.openBand ?? [])].filter(
      (v): v is number => typeof v === "number" && Number.isFinite(v),
    ),
  );
  const y = niceTicks(Math.min(...values), Math.max(...values), 5);
  return (
    <figure className={styles.chart} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={points}
          margin={CHART_MARGIN}
          {...chartA11y(
            label,
            `Best proprietary and best open-weight score over time, in ${unit}.`,
          )}
        >
          <CartesianGrid {...GRID_PROPS} />
          <XAxis
            {...TIME_AXIS_PROPS}
            domain={domain}
            ticks={ticks}
            tickFormatter={formatTimeTick}
            interval={0}
          />
          <YAxis {...AXIS_PROPS} domain={y.domain} ticks={y.ticks} interval={0} width={40} />
          <Tooltip content={<MetricTooltip unit={unit} />} />
          <Area
            type="stepAfter"
            dataKey="closedBand"
            stroke="none"
            fill="var(--series-closed)"
            fillOpacity={0.12}
            isAnimationActive={false}
          />
          <Area
            type="stepAfter"
            dataKey="openBand"
            stroke="none"
            fill="var(--series-open)"
            fillOpacity={0.15}
            isAnimationActive={false}
          />
          <Line
            type="stepAfter"
            dataKey="closed"
            name={SERIES.closed.label}
            stroke={SERIES.closed.color}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            type="stepAfter"
            dataKey="open"
            name={SERIES.open.label}
            stroke={SERIES.open.color}
            strokeDasharray={SERIES.open.dash}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

function MetricTooltip({
  active,
  payload,
  unit,
}: {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: MetricChartPoint }>;
  unit: string;
}) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className={styles.tooltip}>
      <strong>{p.date}</strong>
      <div>
        <span className={styles.closed}>■</span> {p.closedName ?? "no proprietary score"}{" "}
        {fmt(p.closed, unit)}
      </div>
      <div>
        <span className={styles.open}>■</span> {p.openName ?? "no open-weight score"}{" "}
        {fmt(p.open, unit)}
      </div>
      {p.gap !== null && (
        <div className={styles.tooltipGap}>
          Gap {fmt(p.gap, unit)}
          {p.months !== null ? ` · ${p.months.toFixed(1)} months behind` : ""}
        </div>
      )}
    </div>
  );
}

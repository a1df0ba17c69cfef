"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { GapChartPoint } from "@/lib/gap/to-chart-points";
import { GapTooltip } from "./gap-tooltip";
import styles from "./gap-chart.module.css";

const SERIES = {
  closed: { label: "Best proprietary", color: "var(--series-closed)", dash: undefined },
  open: { label: "Best open-weight", color: "var(--series-open)", dash: "6 4" },
  gap: { label: "Gap (points)", color: "var(--series-gap)", dash: undefined },
} satisfies Record<string, { label: string; color: string; dash: string | undefined }>;

const formatMonth = (t: number) => new Date(t).toISOString().slice(0, 7);

export function GapChart({
  points,
  sourceNames,
}: {
  points: GapChartPoint[];
  sourceNames: Record<string, string>;
}) {
  const domain = [points[0]?.t ?? 0, points.at(-1)?.t ?? 0];
  const xAxis = (
    <XAxis
      dataKey="t"
      type="number"
      scale="time"
      domain={domain}
      tickFormatter={formatMonth}
      minTickGap={40}
      stroke="var(--fg-muted)"
      fontSize={12}
    />
  );
  const tooltip = <Tooltip content={<GapTooltip sourceNames={sourceNames} />} />;
  return (
    <figure className={styles.figure} data-testid="gap-chart">
      <figcaption className={styles.legend}>
        <LegendItem {...SERIES.closed} />
        <LegendItem {...SERIES.open} />
        <span className={styles.bandNote}>shaded: 95% interval where the source publishes one</span>
      </figcaption>
      <div className={styles.ratings}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={points}
            syncId="gap"
            margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            {xAxis}
            <YAxis domain={["auto", "auto"]} stroke="var(--fg-muted)" fontSize={12} width={48} />
            {tooltip}
            <Area
              dataKey="closedBand"
              stroke="none"
              fill="var(--series-closed)"
              fillOpacity={0.15}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Area
              dataKey="openBand"
              stroke="none"
              fill="var(--series-open)"
              fillOpacity={0.15}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              dataKey="closedRating"
              name={SERIES.closed.label}
              stroke={SERIES.closed.color}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              dataKey="openRating"
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
      </div>
      <p className={styles.subhead}>Gap, in rating points of each snapshot&apos;s own scale</p>
      <div className={styles.gap}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={points}
            syncId="gap"
            margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            {xAxis}
            <YAxis stroke="var(--fg-muted)" fontSize={12} width={48} />
            <ReferenceLine y={0} stroke="var(--fg-muted)" />
            {tooltip}
            <Area
              dataKey="gap"
              name={SERIES.gap.label}
              stroke={SERIES.gap.color}
              fill={SERIES.gap.color}
              fillOpacity={0.2}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function LegendItem({
  label,
  color,
  dash,
}: {
  label: string;
  color: string;
  dash: string | undefined;
}) {
  return (
    <span className={styles.legendItem}>
      <svg width="28" height="10" aria-hidden="true">
        <line x1="0" y1="5" x2="28" y2="5" stroke={color} strokeWidth="3" strokeDasharray={dash} />
      </svg>
      {label}
    </span>
  );
}

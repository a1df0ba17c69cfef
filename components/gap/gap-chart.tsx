"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { AXIS_PROPS, formatMonthTick, GRID_PROPS } from "@/components/charts/chart-config";
import { FRONTIER_SERIES } from "@/components/charts/series-styles";
import type { ChartAnnotations } from "@/lib/gap/to-chart-annotations";
import type { GapChartPoint } from "@/lib/gap/to-chart-points";
import { GapTooltip } from "./gap-tooltip";
import styles from "./gap-chart.module.css";

const SERIES = {
  ...FRONTIER_SERIES,
  gap: { label: "Gap (points)", color: "var(--series-gap)", dash: undefined },
} satisfies Record<string, { label: string; color: string; dash: string | undefined }>;

const EVENT_STYLE = {
  release: { stroke: "var(--fg-muted)", dash: "2 4" },
  method: { stroke: "var(--series-closed)", dash: "6 3" },
  source: { stroke: "var(--fg)", dash: "1 3" },
} satisfies Record<ChartAnnotations["events"][number]["kind"], { stroke: string; dash: string }>;

interface Props {
  points: GapChartPoint[];
  sourceNames: Record<string, string>;
  annotations: ChartAnnotations;
  /** Fill the parent's height (an embed's frame) instead of the page's fixed heights. */
  fill?: boolean;
}

export function GapChart({ points, sourceNames, annotations, fill = false }: Props) {
  const domain = [points[0]?.t ?? 0, points.at(-1)?.t ?? 0];
  const xAxis = (
    <XAxis
      dataKey="t"
      type="number"
      scale="time"
      domain={domain}
      tickFormatter={formatMonthTick}
      minTickGap={40}
      stroke="var(--fg-muted)"
      fontSize={12}
    />
  );
  const tooltip = <Tooltip content={<GapTooltip sourceNames={sourceNames} />} />;
  const events = annotations.events.map((e) => (
    <ReferenceLine
      key={`${e.kind}-${e.t}-${e.label}`}
      x={e.t}
      stroke={EVENT_STYLE[e.kind].stroke}
      strokeDasharray={EVENT_STYLE[e.kind].dash}
      strokeOpacity={0.55}
      ifOverflow="hidden"
    />
  ));
  return (
    <figure
      className={fill ? `${styles.figure} ${styles.fill}` : styles.figure}
      data-testid="gap-chart"
    >
      <figcaption className={styles.legend}>
        <LegendItem {...SERIES.closed} />
        <LegendItem {...SERIES.open} />
        <span className={styles.legendItem}>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4" fill="var(--series-open)" />
          </svg>
          new open record
        </span>
        <span className={styles.bandNote}>
          shaded: 95% interval where published · dotted lines: releases, source and method changes
          (listed below the chart)
        </span>
      </figcaption>
      <div className={styles.ratings}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={points}
            syncId="gap"
            margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          >
            <CartesianGrid {...GRID_PROPS} />
            {xAxis}
            <YAxis domain={["auto", "auto"]} {...AXIS_PROPS} width={48} />
            {tooltip}
            {events}
            <Area
              dataKey="closedBand"
              stroke="none"
              fill="var(--series-closed)"
              fillOpacity={0.15}
              isAnimationActive={false}
            />
            <Area
              dataKey="openBand"
              stroke="none"
              fill="var(--series-open)"
              fillOpacity={0.15}
              isAnimationActive={false}
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
            {annotations.records.map((r) => (
              <ReferenceDot
                key={`rec-${r.t}`}
                x={r.t}
                y={r.rating}
                r={4}
                fill="var(--series-open)"
                stroke="var(--bg)"
                ifOverflow="hidden"
              />
            ))}
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
            <CartesianGrid {...GRID_PROPS} />
            {xAxis}
            <YAxis {...AXIS_PROPS} width={48} />
            <ReferenceLine y={0} stroke="var(--fg-muted)" />
            {tooltip}
            {events}
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

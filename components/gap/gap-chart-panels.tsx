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
import { AXIS_PROPS, chartA11y, GRID_PROPS, timeAxisProps } from "@/components/charts/chart-config";
import { EVENT_STYLE, GAP_SERIES as SERIES } from "./gap-chart-style";
import { useNarrow } from "@/components/charts/use-narrow";
import { niceTicks } from "@/lib/charts/nice-ticks";
import type { ChartAnnotations } from "@/lib/gap/to-chart-annotations";
import type { GapChartPoint } from "@/lib/gap/to-chart-points";
import { GapTooltip } from "./gap-tooltip";
import styles from "./gap-chart.module.css";

interface Props {
  points: GapChartPoint[];
  sourceNames: Record<string, string>;
  annotations: ChartAnnotations;
  /** Names the charts for screen readers: what, where and over which dates. */
  title: string;
}

const finite = (vs: (number | null | undefined)[]) =>
  vs.filter((v): v is number => typeof v === "number" && Number.isFinite(v));

export function GapChartPanels({ points, sourceNames, annotations, title }: Props) {
  const narrow = useNarrow();
  const domain: [number, number] = [points[0]?.t ?? 0, points.at(-1)?.t ?? 0];
  const ratings = finite(
    points.flatMap((p) => [
      p.closedRating,
      p.openRating,
      ...(p.closedBand ?? []),
      ...(p.openBand ?? []),
    ]),
  );
  const yRatings = niceTicks(Math.min(...ratings), Math.max(...ratings), narrow ? 5 : 7);
  const gaps = finite(points.map((p) => p.gap));
  const yGap = niceTicks(Math.min(0, ...gaps), Math.max(0, ...gaps), 4);
  const first = points[0]?.date ?? "";
  const last = points.at(-1);
  const xAxis = <XAxis {...timeAxisProps(domain, narrow ? 4 : 8)} />;
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
    <>
      <div className={styles.ratings}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={points}
            syncId="gap"
            margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
            {...chartA11y(
              `Best proprietary and best open-weight rating, ${title}`,
              `One point per leaderboard snapshot from ${first} to ${last?.date ?? ""}. Latest: ${last?.closedName ?? "—"} ${last?.closedRating ?? "—"} vs ${last?.openName ?? "—"} ${last?.openRating ?? "—"}. The same numbers are in the table below the chart.`,
            )}
          >
            <CartesianGrid {...GRID_PROPS} />
            {xAxis}
            <YAxis
              domain={yRatings.domain}
              ticks={yRatings.ticks}
              interval={0}
              allowDataOverflow
              {...AXIS_PROPS}
              width={48}
            />
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
            {...chartA11y(
              `Gap in rating points, ${title}`,
              `Best proprietary minus best open-weight rating per snapshot from ${first} to ${last?.date ?? ""}; latest ${last?.gap ?? "—"} points.`,
            )}
          >
            <CartesianGrid {...GRID_PROPS} />
            {xAxis}
            <YAxis
              domain={yGap.domain}
              ticks={yGap.ticks}
              interval={0}
              {...AXIS_PROPS}
              width={48}
            />
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
    </>
  );
}

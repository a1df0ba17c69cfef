"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { chartA11y, formatDayTick, GRID_PROPS } from "@/components/charts/chart-config";
import { formatTimeTick } from "@/lib/charts/time-ticks";
import { buildRatingAxis } from "@/lib/compare/build-rating-axis";
import type { HistoryPoint } from "@/lib/models/build-rating-history";
import { buildTimeAxis } from "@/lib/models/build-time-axis";
import styles from "./compare-charts.module.css";
import { seriesStyle } from "@/components/charts/series-styles";

export interface RatingLine {
  key: string;
  name: string;
  points: HistoryPoint[];
  /** The series style this line shares with the page's other charts; default: its position. */
  seriesIndex?: number;
}

/** One line per series; nulls stay gaps. Each line is one board's own scale, never spliced. */
export function RatingLinesChart({
  lines,
  markDate,
  testId,
  label,
  fill = false,
}: {
  lines: RatingLine[];
  markDate?: string;
  testId: string;
  label: string;
  /** Fill the parent's height (an embed's frame) instead of the page's fixed height. */
  fill?: boolean;
}) {
  const times = lines.flatMap((l) => l.points.map((p) => p.t));
  // Explicit ticks (with one data array per line, data-driven ticks repeat labels); a short
  // history sits in a few weeks' window with day ticks instead of filling the width.
  const { domain, ticks, unit } = buildTimeAxis(Math.min(...times), Math.max(...times), 5);
  const axis = buildRatingAxis(
    lines.flatMap((l) => l.points.flatMap((p) => (p.rating === null ? [] : [p.rating]))),
    5,
  );
  const mark = markDate ? Date.parse(`${markDate}T00:00:00Z`) : null;
  return (
    <div className={fill ? styles.linesFill : styles.lines} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          {...chartA11y(label, `One line per series: ${lines.map((l) => l.name).join(", ")}.`)}
        >
          <CartesianGrid {...GRID_PROPS} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks}
            interval={0}
            padding={{ left: 8, right: 8 }}
            tickFormatter={unit === "day" ? formatDayTick : formatTimeTick}
            stroke="var(--fg-muted)"
            fontSize={12}
          />
          <YAxis
            stroke="var(--fg-muted)"
            fontSize={12}
            width={44}
            domain={axis.domain}
            ticks={axis.ticks}
            allowDataOverflow
            tickFormatter={(v: number) => v.toFixed(0)}
          />
          <Tooltip
            labelFormatter={(t) => formatDayTick(Number(t))}
            formatter={(v, name) => [v == null ? "—" : Number(v).toFixed(0), name]}
            contentStyle={{ background: "var(--bg)", border: "1px solid var(--border)" }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {mark !== null && (
            <ReferenceLine
              x={mark}
              stroke="var(--fg-muted)"
              strokeDasharray="2 4"
              ifOverflow="hidden"
            />
          )}
          {lines.map((l, i) => {
            const style = seriesStyle(l.seriesIndex ?? i);
            const few = l.points.length <= 40;
            return (
              <Line
                key={l.key}
                data={l.points}
                dataKey="rating"
                name={l.name}
                stroke={style.color}
                strokeDasharray={style.dash}
                strokeWidth={2}
                dot={few ? { r: 2.5, fill: style.color } : false}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

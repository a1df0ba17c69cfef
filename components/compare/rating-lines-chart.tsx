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
import { formatDayTick, formatMonthTick, GRID_PROPS } from "@/components/charts/chart-config";
import { buildRatingAxis } from "@/lib/compare/build-rating-axis";
import type { HistoryPoint } from "@/lib/models/build-rating-history";
import { buildTimeTicks } from "@/lib/models/build-time-ticks";
import styles from "./compare-charts.module.css";
import { seriesStyle } from "@/components/charts/series-styles";

export interface RatingLine {
  key: string;
  name: string;
  points: HistoryPoint[];
}

const DAY = 86_400_000;

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
  const [lo, hi] = [Math.min(...times), Math.max(...times)];
  // A single snapshot still needs a time span to sit in.
  const domain: [number, number] = lo === hi ? [lo - 15 * DAY, hi + 15 * DAY] : [lo, hi];
  // Explicit month ticks: with one data array per line, data-driven ticks repeat labels.
  const ticks = lo === hi ? [lo] : buildTimeTicks(lo, hi, 5);
  const axis = buildRatingAxis(
    lines.flatMap((l) => l.points.flatMap((p) => (p.rating === null ? [] : [p.rating]))),
    5,
  );
  const mark = markDate ? Date.parse(`${markDate}T00:00:00Z`) : null;
  return (
    <div className={fill ? styles.linesFill : styles.lines} data-testid={testId}>
      <p className="sr-only">{label}</p>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks}
            interval={0}
            padding={{ left: 8, right: 8 }}
            tickFormatter={ticks.length === 1 ? formatDayTick : formatMonthTick}
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
            const style = seriesStyle(i);
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

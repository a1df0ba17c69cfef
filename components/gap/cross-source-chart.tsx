"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  AXIS_PROPS,
  chartA11y,
  formatDayTick,
  GRID_PROPS,
  timeAxisProps,
} from "@/components/charts/chart-config";
import { seriesStyle } from "@/components/charts/series-styles";
import { useNarrow } from "@/components/charts/use-narrow";
import { niceTicks } from "@/lib/charts/nice-ticks";
import styles from "./gap-chart.module.css";

export interface CrossSourceSeries {
  source: string;
  name: string;
  points: { t: number; gap: number }[];
}

export function CrossSourceChart({ series }: { series: CrossSourceSeries[] }) {
  const narrow = useNarrow();
  const all = series.flatMap((s) => s.points.map((p) => p.t));
  const domain: [number, number] = [Math.min(...all), Math.max(...all)];
  const gaps = series.flatMap((s) => s.points.map((p) => p.gap));
  const y = niceTicks(Math.min(0, ...gaps), Math.max(...gaps), 5);
  return (
    <figure className={styles.figure} data-testid="cross-source-chart">
      {/* The legend is HTML beside the chart, so nine sources never squeeze the plot. */}
      <figcaption>
        <ul className={styles.sourceLegend}>
          {series.map((s, i) => (
            <li key={s.source}>
              <svg width="22" height="10" aria-hidden="true">
                <line
                  x1="0"
                  y1="5"
                  x2="22"
                  y2="5"
                  stroke={seriesStyle(i).color}
                  strokeWidth="3"
                  strokeDasharray={seriesStyle(i).dash}
                />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
      <div className={styles.crossPlot}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
            {...chartA11y(
              "The gap source by source",
              `One line per source (${series.map((s) => s.name).join(", ")}), each its own within-snapshot gap in rating points.`,
            )}
          >
            <CartesianGrid {...GRID_PROPS} />
            <XAxis {...timeAxisProps(domain, narrow ? 4 : 8)} allowDuplicatedCategory={false} />
            <YAxis domain={y.domain} ticks={y.ticks} interval={0} {...AXIS_PROPS} width={40} />
            <Tooltip
              labelFormatter={(t) => formatDayTick(Number(t))}
              formatter={(v) => [`${Number(v).toFixed(0)} pts`]}
              contentStyle={{ background: "var(--bg)", border: "1px solid var(--border)" }}
            />
            {series.map((s, i) => {
              const style = seriesStyle(i);
              return (
                <Line
                  key={s.source}
                  data={s.points}
                  dataKey="gap"
                  name={s.name}
                  stroke={style.color}
                  strokeDasharray={style.dash}
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              );
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

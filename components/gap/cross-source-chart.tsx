"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  AXIS_PROPS,
  formatDayTick,
  formatMonthTick,
  GRID_PROPS,
} from "@/components/charts/chart-config";
import { seriesStyle } from "@/components/charts/series-styles";
import styles from "./gap-chart.module.css";

export interface CrossSourceSeries {
  source: string;
  name: string;
  points: { t: number; gap: number }[];
}

export function CrossSourceChart({ series }: { series: CrossSourceSeries[] }) {
  const all = series.flatMap((s) => s.points.map((p) => p.t));
  const domain = [Math.min(...all), Math.max(...all)];
  return (
    <div className={styles.gap} style={{ height: 300 }} data-testid="cross-source-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            tickFormatter={formatMonthTick}
            minTickGap={40}
            stroke="var(--fg-muted)"
            fontSize={12}
            allowDuplicatedCategory={false}
          />
          <YAxis {...AXIS_PROPS} width={40} />
          <Tooltip
            labelFormatter={(t) => formatDayTick(Number(t))}
            formatter={(v) => [`${Number(v).toFixed(0)} pts`]}
            contentStyle={{ background: "var(--bg)", border: "1px solid var(--border)" }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
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
  );
}

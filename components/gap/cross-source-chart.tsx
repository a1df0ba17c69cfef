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
import { seriesStyle } from "@/components/share/series-styles";
import styles from "./gap-chart.module.css";

export interface CrossSourceSeries {
  source: string;
  name: string;
  points: { t: number; gap: number }[];
}

const month = (t: number) => new Date(t).toISOString().slice(0, 7);

export function CrossSourceChart({ series }: { series: CrossSourceSeries[] }) {
  const all = series.flatMap((s) => s.points.map((p) => p.t));
  const domain = [Math.min(...all), Math.max(...all)];
  return (
    <div className={styles.gap} style={{ height: 300 }} data-testid="cross-source-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            tickFormatter={month}
            minTickGap={40}
            stroke="var(--fg-muted)"
            fontSize={12}
            allowDuplicatedCategory={false}
          />
          <YAxis stroke="var(--fg-muted)" fontSize={12} width={40} />
          <Tooltip
            labelFormatter={(t) => new Date(Number(t)).toISOString().slice(0, 10)}
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

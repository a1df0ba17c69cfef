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
import styles from "./gap-chart.module.css";

export interface CrossSourceSeries {
  source: string;
  name: string;
  points: { t: number; gap: number }[];
}

// Okabe–Ito hues plus distinct dash patterns, so sources stay apart without colour.
const STYLES = [
  { color: "#0072b2", dash: undefined },
  { color: "#d55e00", dash: "6 3" },
  { color: "#009e73", dash: "2 2" },
  { color: "#cc79a7", dash: "8 3 2 3" },
  { color: "#e69f00", dash: "4 4" },
  { color: "#56b4e9", dash: "1 3" },
  { color: "#999999", dash: "10 4" },
  { color: "#f0e442", dash: "3 6" },
] as const;

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
            const style = STYLES[i % STYLES.length] ?? STYLES[0];
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

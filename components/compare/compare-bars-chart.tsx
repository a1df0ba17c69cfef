"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { chartA11y, GRID_PROPS } from "@/components/charts/chart-config";
import type { BarChartData } from "@/lib/compare/to-bar-rows";
import { barsHeight } from "./bars-height";
import styles from "./compare-charts.module.css";
import { seriesStyle } from "@/components/charts/series-styles";

/**
 * Grouped horizontal bars (categories down the side, so it fits a phone) with 95% whiskers.
 * A model without a rating in a category gets no bar at all, never a zero.
 */
export function CompareBarsChart({
  data,
  models,
  categoryLabels,
  label,
}: {
  data: BarChartData;
  /** `seriesIndex`: the model's style on every chart of the page (assigned once by the loader). */
  models: { slug: string; name: string; seriesIndex: number }[];
  categoryLabels: Record<string, string>;
  label: string;
}) {
  const height = barsHeight(data.rows.length, models.length);
  return (
    <div className={styles.bars} style={{ height }} data-testid="compare-bars">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          {...chartA11y(
            label,
            `Ratings of ${models.map((m) => m.name).join(", ")} per category, with 95% intervals; the table below has the same numbers.`,
          )}
          data={data.rows}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
          barGap={1}
          barCategoryGap={10}
        >
          <CartesianGrid {...GRID_PROPS} horizontal={false} />
          <XAxis
            type="number"
            domain={data.domain}
            ticks={data.ticks}
            allowDataOverflow
            stroke="var(--fg-muted)"
            fontSize={12}
          />
          <YAxis
            type="category"
            dataKey="category"
            width={96}
            stroke="var(--fg-muted)"
            fontSize={12}
            tickFormatter={(c: string) => categoryLabels[c] ?? c}
          />
          <Tooltip
            labelFormatter={(c) => categoryLabels[String(c)] ?? String(c)}
            formatter={(v, name) => [v == null ? "—" : Number(v).toFixed(0), name]}
            contentStyle={{ background: "var(--bg)", border: "1px solid var(--border)" }}
            cursor={{ fill: "var(--bg-soft)" }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {models.map((m, i) => (
            <Bar
              key={m.slug}
              dataKey={`m${i}`}
              name={m.name}
              fill={seriesStyle(m.seriesIndex).color}
              isAnimationActive={false}
            >
              <ErrorBar
                dataKey={`e${i}`}
                width={3}
                stroke="var(--fg)"
                strokeWidth={1.2}
                direction="x"
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

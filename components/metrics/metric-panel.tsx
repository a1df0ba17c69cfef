import { formatMonthsBehind } from "@/lib/gap/format-months-behind";
import {
  METRIC_DATE_BASIS_LABELS,
  OPENNESS_BASIS_LABELS,
  OPENNESS_BASES,
} from "@/lib/metrics/metric-domain";
import type { MetricChartPoint } from "@/lib/metrics/to-metric-chart-points";
import type { ExportSummary, MetricSeries } from "@/lib/metrics/types";
import { MetricGapFigure } from "./metric-gap-figure";
import { MetricLicence } from "./metric-licence";
import styles from "./metrics.module.css";

interface Props {
  series: MetricSeries;
  otherExports: readonly ExportSummary[];
  points: MetricChartPoint[];
  domain: [number, number];
  ticks: number[];
}

const withUnit = (v: number, unit: string) =>
  unit === "%" ? `${v.toFixed(1)} pp` : `${v.toFixed(1)} ${unit}`;

/** One metric: its latest gap and months behind, the chart, where every number comes from. */
export function MetricPanel({ series, otherExports, points, domain, ticks }: Props) {
  const { metric, latest } = series;
  const behind = formatMonthsBehind(latest?.behind ?? null);
  const bases = OPENNESS_BASES.filter((b) => series.sideBases[b] > 0)
    .map((b) => `${series.sideBases[b]} by ${OPENNESS_BASIS_LABELS[b]}`)
    .join(", ");
  const dateBases = [
    ...new Set(
      series.points.flatMap((p) => [p.open, p.closed]).flatMap((s) => (s ? [s.dateBasis] : [])),
    ),
  ];
  return (
    <section
      className={styles.panel}
      data-testid="metric-panel"
      data-metric={metric.slug}
      aria-labelledby={`metric-${metric.slug}`}
    >
      <h2 id={`metric-${metric.slug}`}>{metric.name}</h2>
      <p className={styles.meta}>
        {metric.description}.{" "}
        {metric.direction === "higher" ? "Higher is better." : "Lower is better."}
      </p>
      {metric.openOnly ? (
        <p className={styles.figures} data-testid="metric-latest">
          Open models only: no proprietary scores, so no gap. Best open:{" "}
          {latest?.open ? `${latest.open.name} ${latest.open.score.toFixed(1)}` : "—"}
        </p>
      ) : (
        <p className={styles.figures} data-testid="metric-latest">
          <span>
            Gap{" "}
            <strong data-testid="metric-gap">
              {latest?.gap == null ? "—" : withUnit(latest.gap, metric.unit)}
            </strong>
          </span>
          <span>
            <strong data-testid="metric-months">{behind.value}</strong> months behind
            {behind.range ? ` (${behind.range})` : ""}
          </span>
          <span className={styles.muted}>as of {series.asOf}</span>
        </p>
      )}
      {latest && (latest.closed || latest.open) && (
        <p className={styles.meta}>
          {latest.closed &&
            `${latest.closed.name} ${latest.closed.score.toFixed(1)} (${latest.closed.date})`}
          {latest.closed && latest.open ? " vs " : ""}
          {latest.open &&
            `${latest.open.name} ${latest.open.score.toFixed(1)} (${latest.open.date})`}
          {latest.behind?.reachedBy && !latest.behind.openLeads
            ? `; ${latest.behind.reachedBy} (${latest.behind.reachedOn}) was the first proprietary score to reach it.`
            : "."}
        </p>
      )}
      <MetricGapFigure
        points={points}
        domain={domain}
        ticks={ticks}
        unit={metric.unit}
        label={`${metric.name}: best proprietary and best open-weight score over time`}
        testId={`metric-chart-${metric.slug}`}
      />
      {series.uncountedAhead.length > 0 && (
        <p className={styles.meta} data-testid="metric-uncounted">
          Not counted (openness unknown), above the best open score:{" "}
          {series.uncountedAhead
            .slice(0, 3)
            .map((s) => `${s.name} ${s.score.toFixed(1)}`)
            .join(", ")}
          {series.uncountedAhead.length > 3 ? ` and ${series.uncountedAhead.length - 3} more` : ""}.
        </p>
      )}
      <p className={styles.meta}>
        {series.export.label}, {series.export.origin}. Dated by{" "}
        {dateBases.map((b) => METRIC_DATE_BASIS_LABELS[b]).join(" or ") || "—"}. Open or
        proprietary: {bases || "—"}.
        {series.corrections.length > 0 &&
          ` Reviewed date fix: ${series.corrections.map((c) => `${c.key} ${c.stated} → ${c.date}`).join("; ")}.`}
        {series.export.dropped.length > 0 &&
          ` ${series.export.dropped.length} ${series.export.dropped.length === 1 ? "row" : "rows"} left out (${series.export.dropped[0]?.reason}).`}
        {otherExports.length > 0 &&
          ` Also in ${otherExports.length} earlier export${otherExports.length > 1 ? "s" : ""} (${otherExports.map((e) => e.exportedOn).join(", ")}), never mixed into this chart.`}
      </p>
      <MetricLicence {...metric} />
    </section>
  );
}

import { formatCsvCell } from "@/lib/csv/format-csv-cell";
import type { MetricSeries, SidedScore } from "./types";

/** One metric in GET /api/metrics: its terms, its export and its gap series. */
export interface MetricExportJson {
  metric: {
    slug: string;
    name: string;
    unit: string;
    direction: string;
    openOnly: boolean;
    source: string;
    dataLicence: string;
    nonCommercial: boolean;
    attribution: string;
    homepage: string;
  };
  export: { exportedOn: string; label: string; origin: string; asOf: string };
  latest: MetricPointJson | null;
  points: MetricPointJson[];
}

export interface MetricPointJson {
  date: string;
  open: ScoreJson | null;
  closed: ScoreJson | null;
  /** Best closed − best open, in the metric's unit (positive: proprietary ahead). */
  gap: number | null;
  monthsBehind: number | null;
  monthsBehindRange: [number, number] | null;
  monthsBehindIsLowerBound: boolean;
  monthsBehindReachedBy: string | null;
  monthsBehindReachedOn: string | null;
}

interface ScoreJson {
  name: string;
  model: string | null;
  score: number;
  lower: number | null;
  upper: number | null;
  date: string | null;
  dateBasis: string;
  openness: string;
}

const score = (s: SidedScore | null): ScoreJson | null =>
  s && {
    name: s.name,
    model: s.modelSlug,
    score: s.score,
    lower: s.lower,
    upper: s.upper,
    date: s.date,
    dateBasis: s.dateBasis,
    openness: s.sideBasis,
  };

export function toMetricsExport(series: readonly MetricSeries[]): MetricExportJson[] {
  return series.map((s) => {
    const points = s.points.map((p): MetricPointJson => ({
      date: p.date,
      open: score(p.open),
      closed: score(p.closed),
      gap: p.gap,
      monthsBehind: p.behind?.monthsBehind ?? null,
      monthsBehindRange: p.behind?.range ?? null,
      monthsBehindIsLowerBound: p.behind?.censored ?? false,
      monthsBehindReachedBy: p.behind?.reachedBy ?? null,
      monthsBehindReachedOn: p.behind?.reachedOn ?? null,
    }));
    const m = s.metric;
    return {
      metric: {
        slug: m.slug,
        name: m.name,
        unit: m.unit,
        direction: m.direction,
        openOnly: m.openOnly,
        source: m.source,
        dataLicence: m.dataLicence,
        nonCommercial: m.nonCommercial,
        attribution: m.attribution,
        homepage: m.homepage,
      },
      export: {
        exportedOn: s.export.exportedOn,
        label: s.export.label,
        origin: s.export.origin,
        asOf: s.asOf,
      },
      latest: points.at(-1) ?? null,
      points,
    };
  });
}

const CSV_COLUMNS = [
  "metric",
  "unit",
  "export",
  "date",
  "best_open",
  "open_score",
  "open_lower",
  "open_upper",
  "best_closed",
  "closed_score",
  "closed_lower",
  "closed_upper",
  "gap",
  "months_behind",
  "months_behind_fewest",
  "months_behind_most",
  "data_licence",
  "non_commercial",
  "attribution",
] as const;

/** One row per metric and date; every row carries its metric's licence and credit. */
export function toMetricsCsv(rows: readonly MetricExportJson[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of rows)
    for (const p of r.points)
      lines.push(
        [
          r.metric.slug,
          r.metric.unit,
          r.export.exportedOn,
          p.date,
          p.open?.name,
          p.open?.score,
          p.open?.lower,
          p.open?.upper,
          p.closed?.name,
          p.closed?.score,
          p.closed?.lower,
          p.closed?.upper,
          p.gap,
          p.monthsBehind,
          p.monthsBehindRange?.[0],
          p.monthsBehindRange?.[1],
          r.metric.dataLicence,
          r.metric.nonCommercial,
          r.metric.attribution,
        ]
          .map(formatCsvCell)
          .join(","),
      );
  return `${lines.join("\n")}\n`;
}

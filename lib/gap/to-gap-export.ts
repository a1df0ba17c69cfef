import { formatCsvCell } from "../csv/format-csv-cell";
import { inferDecimals, roundTo } from "../csv/round-to-source-precision";
import type { ViewPoint } from "./build-gap-view";
import type { RatedModel } from "./types";

/** One exported row per snapshot: the shape documented for GET /api/gap. */
export interface GapExportRow {
  date: string;
  source: string;
  open: ExportModel | null;
  closed: ExportModel | null;
  gap: number | null;
  gapPct: number | null;
  coverage: string;
  monthsBehind: number | null;
  /** [fewest, most] months from the open model's interval, where published. */
  monthsBehindRange: [number, number] | null;
  monthsBehindIsLowerBound: boolean;
  /** The proprietary model whose availability date the figure counts from. */
  monthsBehindReachedBy: string | null;
  monthsBehindReachedOn: string | null;
  tied: boolean | null;
}

interface ExportModel {
  model: string;
  slug: string;
  organization: string | null;
  licenceClass: string;
  rating: number;
  lower: number | null;
  upper: number | null;
}

const model = (m: RatedModel | null): ExportModel | null =>
  m && {
    model: m.name,
    slug: m.slug,
    organization: m.organization,
    licenceClass: m.licenceClass,
    rating: m.rating,
    lower: m.lower,
    upper: m.upper,
  };

export function toGapExport(series: readonly ViewPoint[]): GapExportRow[] {
  return series.map((p) => ({
    date: p.date,
    source: p.source,
    open: model(p.open),
    closed: model(p.closed),
    gap: p.gap,
    gapPct: p.gapPct,
    coverage: p.coverage,
    monthsBehind: p.behind?.monthsBehind ?? null,
    monthsBehindRange: p.behind?.range ?? null,
    monthsBehindIsLowerBound: p.behind?.censored ?? false,
    monthsBehindReachedBy: p.behind?.reachedBy ?? null,
    monthsBehindReachedOn: p.behind?.reachedOn ?? null,
    tied: p.tied,
  }));
}

const CSV_COLUMNS = [
  "date",
  "source",
  "coverage",
  "closed_model",
  "closed_rating",
  "closed_lower",
  "closed_upper",
  "open_model",
  "open_rating",
  "open_lower",
  "open_upper",
  "gap",
  "gap_pct",
  "months_behind",
  "months_behind_fewest",
  "months_behind_most",
  "months_behind_is_lower_bound",
  "months_behind_reached_by",
  "months_behind_reached_on",
  "tied",
] as const;

export function toGapCsv(rows: readonly GapExportRow[]): string {
  // Rows span sources: each source's ratings keep that source's precision (see inferDecimals).
  const places = new Map<string, 0 | 1>();
  for (const source of new Set(rows.map((r) => r.source)))
    places.set(
      source,
      inferDecimals(
        rows
          .filter((r) => r.source === source)
          .flatMap((r) =>
            [r.closed, r.open].flatMap((m) => (m ? [m.rating, m.lower, m.upper] : [])),
          ),
      ),
    );
  const lines = rows.map((r) => {
    const round = (v: number | null | undefined) => roundTo(v, places.get(r.source) ?? 1);
    return [
      r.date,
      r.source,
      r.coverage,
      r.closed?.model,
      round(r.closed?.rating),
      round(r.closed?.lower),
      round(r.closed?.upper),
      r.open?.model,
      round(r.open?.rating),
      round(r.open?.lower),
      round(r.open?.upper),
      round(r.gap),
      r.gapPct,
      r.monthsBehind,
      r.monthsBehindRange?.[0],
      r.monthsBehindRange?.[1],
      r.monthsBehindIsLowerBound,
      r.monthsBehindReachedBy,
      r.monthsBehindReachedOn,
      r.tied,
    ]
      .map(formatCsvCell)
      .join(",");
  });
  return `${[CSV_COLUMNS.join(","), ...lines].join("\n")}\n`;
}

import { formatCsvCell } from "../csv/format-csv-cell";
import { inferDecimals, roundTo } from "../csv/round-to-source-precision";
import type { CompareModel, CompareRow } from "./build-compare-table";

export interface CompareExportRow {
  category: string;
  model_slug: string;
  model: string;
  organization: string | null;
  licence_class: string;
  rating: number | null;
  lower: number | null;
  upper: number | null;
  delta_vs_first: number | null;
  overlaps_first: boolean | null;
}

/** One row per category and model; missing ratings stay null, never 0. */
export function toCompareExport(
  models: readonly CompareModel[],
  rows: readonly CompareRow[],
): CompareExportRow[] {
  return rows.flatMap((r) =>
    models.map((m, i) => {
      const c = r.cells[i] ?? null;
      const d = r.deltas[i] ?? null;
      return {
        category: r.category,
        model_slug: m.slug,
        model: m.name,
        organization: m.organization,
        licence_class: m.licenceClass,
        rating: c?.rating ?? null,
        lower: c?.lower ?? null,
        upper: c?.upper ?? null,
        delta_vs_first: d?.points ?? null,
        overlaps_first: d?.overlap ?? null,
      };
    }),
  );
}

/** CSV with the snapshot's source and date on every row, so a pasted excerpt stays traceable. */
export function toCompareCsv(
  rows: readonly CompareExportRow[],
  snapshot: { source: string; date: string },
): string {
  const header = [...Object.keys(rowTemplate), "source", "snapshot_date"];
  // One snapshot, one source: its ratings are all whole or all fitted (see inferDecimals).
  const places = inferDecimals(rows.flatMap((r) => ROUNDED.map((k) => r[k] as number | null)));
  const rounded = (k: keyof CompareExportRow, v: CompareExportRow[keyof CompareExportRow]) =>
    typeof v === "number" && ROUNDED.includes(k) ? roundTo(v, places) : v;
  const lines = rows.map((r) =>
    [
      ...Object.keys(rowTemplate).map((k) =>
        rounded(k as keyof CompareExportRow, r[k as keyof CompareExportRow]),
      ),
      snapshot.source,
      snapshot.date,
    ]
      .map(formatCsvCell)
      .join(","),
  );
  return [header.join(","), ...lines].join("\n") + "\n";
}

const rowTemplate: Record<keyof CompareExportRow, true> = {
  category: true,
  model_slug: true,
  model: true,
  organization: true,
  licence_class: true,
  rating: true,
  lower: true,
  upper: true,
  delta_vs_first: true,
  overlaps_first: true,
};

const ROUNDED: readonly (keyof CompareExportRow)[] = ["rating", "lower", "upper", "delta_vs_first"];

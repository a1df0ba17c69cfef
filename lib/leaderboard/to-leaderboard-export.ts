import { formatCsvCell } from "../csv/format-csv-cell";
import { inferDecimals, roundTo } from "../csv/round-to-source-precision";
import type { RankedEntry } from "./types";

/** One exported row: the visible table with raw numbers (JSON unrounded; the CSV rounds ratings). */
export interface LeaderboardExportRow {
  rank: number;
  tier: number | null;
  model: string;
  slug: string;
  rating: number;
  lower: number | null;
  upper: number | null;
  votes: number | null;
  organization: string | null;
  licence: string | null;
  licenceClass: string;
  releaseDate: string | null;
  parametersB: number | null;
  contextWindow: number | null;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
}

export function toLeaderboardExport(entries: readonly RankedEntry[]): LeaderboardExportRow[] {
  return entries.map((e) => ({
    rank: e.rank,
    tier: e.tier,
    model: e.name,
    slug: e.slug,
    rating: e.rating,
    lower: e.lower,
    upper: e.upper,
    votes: e.votes,
    organization: e.organization,
    licence: e.licence,
    licenceClass: e.licenceClass,
    releaseDate: e.releaseDate,
    parametersB: e.parametersB,
    contextWindow: e.contextWindow,
    inputPricePerM: e.inputPricePerM,
    outputPricePerM: e.outputPricePerM,
  }));
}

type Cell = string | number | null;

// Column order of the CSV; the JSON export uses the camelCase field names.
const CSV_COLUMNS: [string, (r: LeaderboardExportRow) => Cell][] = [
  ["rank", (r) => r.rank],
  ["tier", (r) => r.tier],
  ["model", (r) => r.model],
  ["slug", (r) => r.slug],
  ["rating", (r) => r.rating],
  ["lower", (r) => r.lower],
  ["upper", (r) => r.upper],
  ["votes", (r) => r.votes],
  ["organization", (r) => r.organization],
  ["licence", (r) => r.licence],
  ["licence_class", (r) => r.licenceClass],
  ["release_date", (r) => r.releaseDate],
  ["parameters_b", (r) => r.parametersB],
  ["context_window", (r) => r.contextWindow],
  ["input_price_per_m", (r) => r.inputPricePerM],
  ["output_price_per_m", (r) => r.outputPricePerM],
];

/** CSV with a snake_case header; every row names its source and snapshot so it stays traceable. */
export function toLeaderboardCsv(
  rows: readonly LeaderboardExportRow[],
  snapshot: { source: string; date: string; category: string },
): string {
  const header = [...CSV_COLUMNS.map(([name]) => name), "source", "snapshot_date", "category"];
  // One snapshot: its ratings are all whole or all fitted (see inferDecimals).
  const places = inferDecimals(rows.flatMap((r) => [r.rating, r.lower, r.upper]));
  const cell = (name: string, v: Cell) =>
    typeof v === "number" && ["rating", "lower", "upper"].includes(name) ? roundTo(v, places) : v;
  const lines = rows.map((r) =>
    [
      ...CSV_COLUMNS.map(([name, get]) => cell(name, get(r))),
      snapshot.source,
      snapshot.date,
      snapshot.category,
    ]
      .map(formatCsvCell)
      .join(","),
  );
  return `${[header.join(","), ...lines].join("\n")}\n`;
}

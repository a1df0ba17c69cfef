import type { GapPoint } from "./types";

/** Flat, serialisable rows for the client chart: everything the tooltip shows, nothing more. */
export interface GapChartPoint {
  t: number;
  date: string;
  source: string;
  /** "partial" or "flagships" boards are labelled wherever a point is shown. */
  coverage: string;
  closedName: string | null;
  closedRating: number | null;
  closedBand: [number, number] | null;
  openName: string | null;
  openRating: number | null;
  openBand: [number, number] | null;
  gap: number | null;
  gapPct: number | null;
  tied: boolean | null;
}

export function toChartPoints(series: readonly GapPoint[]): GapChartPoint[] {
  return series.map((p) => ({
    t: Date.parse(`${p.date}T00:00:00Z`),
    date: p.date,
    source: p.source,
    coverage: p.coverage,
    closedName: p.closed?.name ?? null,
    closedRating: round1(p.closed?.rating),
    closedBand: band(p.closed?.lower, p.closed?.upper),
    openName: p.open?.name ?? null,
    openRating: round1(p.open?.rating),
    openBand: band(p.open?.lower, p.open?.upper),
    gap: round1(p.gap),
    gapPct: p.gapPct === null ? null : Math.round(p.gapPct * 100) / 100,
    tied: p.tied,
  }));
}

function round1(v: number | null | undefined): number | null {
  return v === null || v === undefined ? null : Math.round(v * 10) / 10;
}

function band(
  lower: number | null | undefined,
  upper: number | null | undefined,
): [number, number] | null {
  return lower == null || upper == null
    ? null
    : [Math.round(lower * 10) / 10, Math.round(upper * 10) / 10];
}

"use client";

import dynamic from "next/dynamic";
import { useCallback, type ReactNode } from "react";
import { OnDemand } from "@/components/charts/on-demand-chart";
import { fetchJson } from "@/components/charts/use-on-demand";
import type { GapExportRow } from "@/lib/gap/to-gap-export";
import type { ChartAnnotations } from "@/lib/gap/to-chart-annotations";
import type { GapChartPoint } from "@/lib/gap/to-chart-points";

// Recharts is fetched only when a reader reaches for exact values, not with the page.
const GapChartPanels = dynamic(() => import("./gap-chart-panels").then((m) => m.GapChartPanels), {
  ssr: false,
});

const r1 = (v: number | null | undefined) => (v == null ? null : Math.round(v * 10) / 10);
const band = (m: GapExportRow["open"]): [number, number] | null =>
  m && m.lower !== null && m.upper !== null ? [r1(m.lower) ?? 0, r1(m.upper) ?? 0] : null;

/** The documented GET /api/gap rows as the interactive chart's points (see toChartPoints). */
export function toPointsFromExport(rows: GapExportRow[]): GapChartPoint[] {
  return rows.map((p) => ({
    t: Date.parse(`${p.date}T00:00:00Z`),
    date: p.date,
    source: p.source,
    coverage: p.coverage,
    closedName: p.closed?.model ?? null,
    closedRating: r1(p.closed?.rating),
    closedBand: band(p.closed),
    openName: p.open?.model ?? null,
    openRating: r1(p.open?.rating),
    openBand: band(p.open),
    gap: r1(p.gap),
    gapPct: p.gapPct === null ? null : Math.round(p.gapPct * 100) / 100,
    tied: p.tied,
  }));
}

/**
 * Shows the server-drawn picture (children) until the reader hovers, taps or focuses it; then
 * loads the series from the public API and swaps in the charts with tooltips.
 */
export function GapChartOnDemand({
  query,
  sourceNames,
  annotations,
  title,
  children,
}: {
  /** The view's query string, e.g. "?cat=coding", as the API reads it. */
  query: string;
  sourceNames: Record<string, string>;
  annotations: ChartAnnotations;
  title: string;
  children: ReactNode;
}) {
  const load = useCallback(
    () =>
      fetchJson<{ series: GapExportRow[] }>(`/api/gap${query}`).then((r) =>
        toPointsFromExport(r.series),
      ),
    [query],
  );
  return (
    <OnDemand
      load={load}
      render={(points) => (
        <GapChartPanels
          points={points}
          sourceNames={sourceNames}
          annotations={annotations}
          title={title}
        />
      )}
      picture={children}
      fallback="the table below has the numbers"
    />
  );
}

import "server-only";
import { getSourceSummaries } from "@/db/queries/sources";
import { formatMonthsBehind } from "@/lib/gap/format-months-behind";
import { COVERAGE_LABELS } from "@/lib/labels";
import type { RawParams } from "@/lib/url/param-issue";
import type { GapTableRow } from "@/components/gap/gap-table";
import { loadGapView } from "./load-gap-view";

/** The table for a view, newest first; loaded only when a reader opens it. */
export function loadGapTable(raw: RawParams) {
  const { issues, view } = loadGapView(raw);
  const names = Object.fromEntries(getSourceSummaries().map((s) => [s.slug, s.name]));
  const side = (m: { slug: string; name: string; rating: number } | null): GapTableRow["open"] =>
    m && { slug: m.slug, name: m.name, rating: m.rating.toFixed(0) };
  const rows: GapTableRow[] = [...view.series].reverse().map((p) => ({
    date: p.date,
    closed: side(p.closed),
    open: side(p.open),
    gap: p.gap?.toFixed(0) ?? "—",
    gapPct: p.gapPct?.toFixed(1) ?? "—",
    behind: formatMonthsBehind(p.behind).value,
    tied: p.tied === null ? "n/a" : p.tied ? "yes" : "no",
    source: names[p.source] ?? p.source,
    coverage: p.coverage === "complete" ? null : COVERAGE_LABELS[p.coverage],
  }));
  return { issues, rows };
}

import Link from "next/link";
import { COVERAGE_LABELS } from "@/lib/labels";
import { formatMonthsBehind } from "@/lib/gap/format-months-behind";
import type { ViewPoint } from "@/lib/gap/build-gap-view";
import { TableScroll } from "@/components/layout/table-scroll";

/** The chart's numbers as a table: the accessible alternative and the audit trail. */
export function GapTable({
  series,
  sourceNames,
}: {
  series: ViewPoint[];
  sourceNames: Record<string, string>;
}) {
  return (
    <details>
      <summary>Show the numbers as a table ({series.length} snapshots)</summary>
      <TableScroll label="Gap per snapshot (table scrolls sideways)">
        <table data-testid="gap-table">
          <caption className="sr-only">
            Best proprietary and best open-weight model per snapshot
          </caption>
          <thead>
            <tr>
              <th>Date</th>
              <th>Best proprietary</th>
              <th className="num">Rating</th>
              <th>Best open-weight</th>
              <th className="num">Rating</th>
              <th className="num">Gap</th>
              <th className="num">Gap %</th>
              <th className="num">Months behind</th>
              <th>95% CIs overlap</th>
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            {[...series].reverse().map((p) => (
              <tr key={p.snapshotId}>
                <td>{p.date}</td>
                <td>
                  {p.closed ? <Link href={`/models/${p.closed.slug}`}>{p.closed.name}</Link> : "—"}
                </td>
                <td className="num">{p.closed?.rating.toFixed(0) ?? "—"}</td>
                <td>{p.open ? <Link href={`/models/${p.open.slug}`}>{p.open.name}</Link> : "—"}</td>
                <td className="num">{p.open?.rating.toFixed(0) ?? "—"}</td>
                <td className="num">{p.gap?.toFixed(0) ?? "—"}</td>
                <td className="num">{p.gapPct?.toFixed(1) ?? "—"}</td>
                <td className="num">{formatMonthsBehind(p.behind).value}</td>
                <td>{p.tied === null ? "n/a" : p.tied ? "yes" : "no"}</td>
                <td>
                  {sourceNames[p.source] ?? p.source}
                  {p.coverage !== "complete" && (
                    <span className="badge" data-testid="coverage-badge">
                      {" "}
                      {COVERAGE_LABELS[p.coverage]}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}

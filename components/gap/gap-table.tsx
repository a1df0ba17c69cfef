import type { GapPoint } from "@/lib/gap/types";

/** The chart's numbers as a table: the accessible alternative and the audit trail. */
export function GapTable({
  series,
  sourceNames,
}: {
  series: GapPoint[];
  sourceNames: Record<string, string>;
}) {
  return (
    <details>
      <summary>Show the numbers as a table ({series.length} snapshots)</summary>
      <div className="table-scroll">
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
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            {[...series].reverse().map((p) => (
              <tr key={p.snapshotId}>
                <td>{p.date}</td>
                <td>{p.closed?.name ?? "—"}</td>
                <td className="num">{p.closed?.rating.toFixed(0) ?? "—"}</td>
                <td>{p.open?.name ?? "—"}</td>
                <td className="num">{p.open?.rating.toFixed(0) ?? "—"}</td>
                <td className="num">{p.gap?.toFixed(0) ?? "—"}</td>
                <td className="num">{p.gapPct?.toFixed(1) ?? "—"}</td>
                <td>{sourceNames[p.source] ?? p.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

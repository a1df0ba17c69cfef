import type { Freshness } from "@/lib/status/assess-freshness";
import { TableScroll } from "@/components/layout/table-scroll";

interface Row {
  slug: string;
  name: string;
  snapshotCount: number;
  firstDate: string | null;
  lastDate: string | null;
  lastSuccessAt: string | null;
  currentError: string | null;
  freshness: Freshness;
}

const fmt = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "never");

export function SourceStatusTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) {
    return (
      <p data-testid="status-empty">
        No source has been ingested yet. Run <code>npm run db:seed</code> or{" "}
        <code>npm run ingest</code>.
      </p>
    );
  }
  return (
    <TableScroll label="Sources and their status (table scrolls sideways)">
      <table data-testid="source-status">
        <thead>
          <tr>
            <th>Source</th>
            <th className="num">Snapshots</th>
            <th>Dates</th>
            <th>Last successful ingest</th>
            <th>State</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} data-source={r.slug} data-state={r.freshness.state}>
              <td>{r.name}</td>
              <td className="num">{r.snapshotCount}</td>
              <td>{r.firstDate ? `${r.firstDate} – ${r.lastDate}` : "—"}</td>
              <td>{fmt(r.lastSuccessAt)}</td>
              <td>
                <span
                  className={
                    r.freshness.state === "stale" || r.freshness.state === "never"
                      ? "badge badge-warn"
                      : "badge"
                  }
                >
                  {r.freshness.message}
                </span>
                {r.currentError && (
                  <div className="error-text" data-testid="source-error">
                    Last run failed: {r.currentError}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

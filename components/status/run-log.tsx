import { TableScroll } from "@/components/layout/table-scroll";

interface IngestRun {
  id: number;
  sourceSlug: string;
  trigger: string;
  startedAt: string;
  status: string;
  snapshotsAdded: number;
  snapshotsUnchanged: number;
  rowsAdded: number;
  error: string | null;
}

export function RunLog({ runs }: { runs: IngestRun[] }) {
  if (runs.length === 0) return <p>No runs recorded yet.</p>;
  return (
    <TableScroll label="Ingest run log (table scrolls sideways)">
      <table data-testid="run-log">
        <thead>
          <tr>
            <th>Started (UTC)</th>
            <th>Source</th>
            <th>Trigger</th>
            <th>Status</th>
            <th className="num">Added</th>
            <th className="num">Unchanged</th>
            <th className="num">Rows</th>
            <th>Error</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} data-trigger={r.trigger} data-status={r.status}>
              <td>{r.startedAt.slice(0, 19).replace("T", " ")}</td>
              <td>{r.sourceSlug}</td>
              <td>{r.trigger}</td>
              <td>{r.status}</td>
              <td className="num">{r.snapshotsAdded}</td>
              <td className="num">{r.snapshotsUnchanged}</td>
              <td className="num">{r.rowsAdded}</td>
              <td className="error-text">{r.error ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

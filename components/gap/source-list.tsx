import type { ReactNode } from "react";
import type { SourceSummary } from "@/lib/sources/source-summary";
import { TableScroll } from "@/components/layout/table-scroll";

export function SourceList({ sources }: { sources: SourceSummary[] }): ReactNode {
  return (
    <section id="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <TableScroll label="Sources (table scrolls sideways)">
        <table data-testid="source-list">
          <thead>
            <tr>
              <th>Source</th>
              <th>What the numbers are</th>
              <th className="num">Snapshots</th>
              <th>Dates</th>
              <th>Data licence</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.slug}>
                <td>
                  <a href={s.homepage} rel="noreferrer">
                    {s.name}
                  </a>
                  <div className="muted">{s.publisher}</div>
                </td>
                <td>{s.series}</td>
                <td className="num">{s.snapshotCount}</td>
                <td>
                  {s.firstDate} – {s.lastDate}
                </td>
                <td>{s.dataLicence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

"use client";

import { OnDemandDetails } from "@/components/charts/on-demand-details";
import { TableScroll } from "@/components/layout/table-scroll";
import { CrossSourceChart, type CrossSourceSeries } from "./cross-source-chart";

/** What GET /api/gap/sources sends: each source's line and each overlapping pair, formatted. */
export interface CrossSourceData {
  series: CrossSourceSeries[];
  pairs: {
    names: string;
    pairs: number;
    span: string;
    median: string;
    stretches: { when: string; max: string; example: string }[];
    worst: string;
  }[];
}

/** The per-source lines and agreement table, fetched when the reader opens them. */
export function CrossSourceView({ query, count }: { query: string; count: number }) {
  return (
    <OnDemandDetails<CrossSourceData>
      url={`/api/gap/sources${query}`}
      summary={`Show the gap from each of ${count} sources`}
      testId="cross-source-details"
      elsewhere="Each source's own numbers are in the table above (its Source column)."
    >
      {({ series, pairs }) => (
        <>
          <CrossSourceChart series={series} />
          {pairs.length > 0 && <AgreementTable pairs={pairs} />}
        </>
      )}
    </OnDemandDetails>
  );
}

function AgreementTable({ pairs }: { pairs: CrossSourceData["pairs"] }) {
  return (
    <details>
      <summary>Where the sources agree and disagree ({pairs.length} pairs)</summary>
      <TableScroll label="Agreement between sources (table scrolls sideways)">
        <table data-testid="overlaps">
          <caption className="sr-only">
            Agreement between sources where their snapshots are within 14 days
          </caption>
          <thead>
            <tr>
              <th>Sources compared</th>
              <th className="num">Paired snapshots</th>
              <th>Overlap</th>
              <th className="num">Median difference</th>
              <th>Disagreements (&gt; 25 points)</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((o) => (
              <tr key={o.names}>
                <td>{o.names}</td>
                <td className="num">{o.pairs}</td>
                <td>{o.span}</td>
                <td className="num">{o.median} pts</td>
                <td>
                  {o.stretches.length === 0 ? (
                    "none"
                  ) : (
                    <details>
                      <summary>
                        {o.stretches.length} stretch{o.stretches.length > 1 ? "es" : ""}, up to{" "}
                        {o.worst} pts
                      </summary>
                      <ul>
                        {o.stretches.map((d) => (
                          <li key={d.when}>
                            {d.when}: up to {d.max} pts (e.g. {d.example})
                          </li>
                        ))}
                      </ul>
                    </details>
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

"use client";

import Link from "next/link";
import { OnDemandDetails } from "@/components/charts/on-demand-details";
import { TableScroll } from "@/components/layout/table-scroll";

type Side = { slug: string; name: string; rating: string } | null;

/** One row as GET /api/gap/table sends it: formatted on the server, newest first. */
export interface GapTableRow {
  date: string;
  closed: Side;
  open: Side;
  gap: string;
  gapPct: string;
  behind: string;
  tied: string;
  source: string;
  /** The board's coverage when it is not complete ("partial", "flagships only"). */
  coverage: string | null;
}

const HEADS = [
  "Date",
  "Best proprietary",
  "Rating",
  "Best open-weight",
  "Rating",
  "Gap",
  "Gap %",
  "Months behind",
  "95% CIs overlap",
  "Source",
];
const NUMERIC = new Set([2, 4, 5, 6, 7]);

const model = (m: Side) => (m ? <Link href={`/models/${m.slug}`}>{m.name}</Link> : "—");

/**
 * The chart's numbers as a table: the accessible alternative and the audit trail. Its rows
 * (hundreds) are fetched when it is opened, so they do not weigh on every page load.
 */
export function GapTable({ query, count }: { query: string; count: number }) {
  return (
    <OnDemandDetails<{ rows: GapTableRow[] }>
      url={`/api/gap/table${query}`}
      summary={`Show the numbers as a table (${count} snapshots)`}
      testId="gap-table-details"
      elsewhere={
        <>
          The same numbers are in the{" "}
          <a href={`/api/gap${query}${query ? "&" : "?"}format=csv`}>CSV download</a>.
        </>
      }
    >
      {({ rows }) => (
        <TableScroll label="Gap per snapshot (table scrolls sideways)">
          <table data-testid="gap-table">
            <caption className="sr-only">
              Best proprietary and best open-weight model per snapshot
            </caption>
            <thead>
              <tr>
                {HEADS.map((h, i) => (
                  <th key={i} className={NUMERIC.has(i) ? "num" : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={`${p.date}-${p.source}`}>
                  <td>{p.date}</td>
                  <td>{model(p.closed)}</td>
                  <td className="num">{p.closed?.rating ?? "—"}</td>
                  <td>{model(p.open)}</td>
                  <td className="num">{p.open?.rating ?? "—"}</td>
                  <td className="num">{p.gap}</td>
                  <td className="num">{p.gapPct}</td>
                  <td className="num">{p.behind}</td>
                  <td>{p.tied}</td>
                  <td>
                    {p.source}
                    {p.coverage && (
                      <span className="badge" data-testid="coverage-badge">
                        {" "}
                        {p.coverage}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </OnDemandDetails>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import type { Verdict } from "@/lib/figures/compare-figure";
import { TableScroll } from "@/components/layout/table-scroll";

const VERDICT_LABELS = {
  matches: "Matches",
  "does-not-match": "Does not match",
  "no-data": "No data",
} as const satisfies Record<Verdict, string>;

/** One published figure beside OpenGap's, already formatted by the route's loader. */
export interface FigureTableRow {
  id: string;
  publisher: string;
  claim: string;
  /** Where the publisher says it, when the claim links out. */
  claimHref?: string;
  published: string;
  ours: string;
  verdict: Verdict;
  evidence: string | null;
  basis: string;
  /** The OpenGap view the figure was computed on. */
  href: string | null;
  /** Under the evidence (a benchmark's licence). */
  footer?: ReactNode;
}

/** The published-vs-ours table; Arena and benchmark figures share it so they read alike. */
export function FiguresTable({
  rows,
  testId,
  label,
}: {
  rows: readonly FigureTableRow[];
  testId: string;
  /** Names the table's scroll region; unique on the page (Arena and benchmark tables share it). */
  label: string;
}) {
  return (
    <TableScroll label={`${label} (table scrolls sideways)`}>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th>Published</th>
            <th className="num">Figure</th>
            <th className="num">OpenGap</th>
            <th>Verdict and evidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-figure={r.id} data-verdict={r.verdict}>
              <td>
                <strong>{r.publisher}</strong>
                <br />
                {r.claimHref ? <a href={r.claimHref}>{r.claim}</a> : r.claim}
              </td>
              <td className="num">{r.published}</td>
              <td className="num" data-testid="figure-ours">
                {r.ours}
              </td>
              <td>
                <strong data-testid="figure-verdict">{VERDICT_LABELS[r.verdict]}</strong>
                {r.evidence ? `: ${r.evidence}` : "."}
                <br />
                <span className="muted">{r.basis}</span>{" "}
                {r.href && <Link href={r.href}>Open this view</Link>}
                {r.footer}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

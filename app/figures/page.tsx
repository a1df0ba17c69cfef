import type { Metadata } from "next";
import Link from "next/link";
import { MetricFiguresTable } from "@/components/metrics/metric-figures-table";
import { loadFigures } from "./load-figures";
import { loadMetricFigures } from "./load-metric-figures";

export const metadata: Metadata = {
  title: "Published figures, reproduced",
  description:
    "Every widely quoted open-vs-closed gap figure (Stanford AI Index, Epoch AI, LMArena) beside OpenGap's figure for the same board and date.",
};
export const dynamic = "force-dynamic";

const VERDICT_LABELS = {
  matches: "Matches",
  "does-not-match": "Does not match",
  "no-data": "No data",
} as const;

/** Each published headline figure beside OpenGap's own, with the evidence either way. */
export default function FiguresPage() {
  const rows = loadFigures();
  return (
    <main>
      <h1>Published figures, reproduced</h1>
      <p className="muted">
        Each figure is recomputed from the board as it stood on the date it describes (the newest
        complete snapshot on or before it), inside that one snapshot. Where it does not match, the
        evidence says why.
      </p>
      <div className="table-scroll">
        <table data-testid="figures">
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
              <tr key={r.figure.id} data-figure={r.figure.id} data-verdict={r.verdict}>
                <td>
                  <strong>{r.figure.publisher}</strong>
                  <br />
                  {r.figure.claim}
                </td>
                <td className="num">{r.figure.value}</td>
                <td className="num" data-testid="figure-ours">
                  {r.oursText}
                </td>
                <td>
                  <strong data-testid="figure-verdict">{VERDICT_LABELS[r.verdict]}</strong>
                  {r.because ? `: ${r.because}` : "."}
                  <br />
                  <span className="muted">{r.basis}</span>{" "}
                  {r.href && <Link href={r.href}>Open this view</Link>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MetricFiguresTable rows={loadMetricFigures()} />
    </main>
  );
}

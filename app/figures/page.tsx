import type { Metadata } from "next";
import { FiguresTable } from "@/components/figures/figures-table";
import { MetricFiguresTable } from "@/components/metrics/metric-figures-table";
import { loadFigures } from "./load-figures";
import { loadMetricFigures } from "./load-metric-figures";

export const metadata: Metadata = {
  title: "Published figures, reproduced",
  description:
    "Every widely quoted open-vs-closed gap figure (Stanford AI Index, Epoch AI, LMArena) beside OpenGap's figure for the same board and date.",
};
export const dynamic = "force-dynamic";

/** Each published headline figure beside OpenGap's own, with the evidence either way. */
export default function FiguresPage() {
  const rows = loadFigures();
  return (
    <main id="main">
      <h1>Published figures, reproduced</h1>
      <p className="muted">
        Each figure is recomputed from the board as it stood on the date it describes (the newest
        complete snapshot on or before it), inside that one snapshot. Where it does not match, the
        evidence says why.
      </p>
      <FiguresTable
        testId="figures"
        label="Arena figures beside OpenGap's"
        rows={rows.map((r) => ({
          id: r.figure.id,
          publisher: r.figure.publisher,
          claim: r.figure.claim,
          published: r.publishedText,
          ours: r.oursText,
          verdict: r.verdict,
          evidence: r.because,
          basis: r.basis,
          href: r.href,
        }))}
      />
      <MetricFiguresTable rows={loadMetricFigures()} />
    </main>
  );
}

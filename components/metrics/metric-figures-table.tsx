import { FiguresTable } from "@/components/figures/figures-table";
import type { MetricFigureReading } from "@/lib/figures/compare-metric-figure";
import type { PublishedMetricFigure } from "@/lib/figures/published-metric-figures";
import type { MetricSummary } from "@/lib/metrics/types";
import { MetricLicence } from "./metric-licence";

const UNIT = {
  "average-lag-months": " months",
  "best-closed": "%",
  "best-open": "%",
  gap: " points",
} as const satisfies Record<PublishedMetricFigure["measure"], string>;

interface Row extends MetricFigureReading {
  figure: PublishedMetricFigure;
  metric: MetricSummary | null;
  href: string;
}

/** Published figures on benchmarks, each recomputed from its source's own export. */
export function MetricFiguresTable({ rows }: { rows: readonly Row[] }) {
  return (
    <section aria-labelledby="metric-figures-title">
      <h2 id="metric-figures-title">Figures on benchmarks</h2>
      <p className="muted">
        Recomputed inside one export of the benchmark&apos;s own data, with the method the publisher
        describes.
      </p>
      <FiguresTable
        testId="metric-figures"
        label="Benchmark figures beside OpenGap's"
        rows={rows.map((r) => ({
          id: r.figure.id,
          publisher: r.figure.publisher,
          claim: r.figure.claim,
          claimHref: r.figure.source,
          published: `${r.figure.value}${UNIT[r.figure.measure]}`,
          ours: r.ours === null ? "—" : `${r.ours.toFixed(1)}${UNIT[r.figure.measure]}`,
          verdict: r.verdict,
          evidence: r.evidence,
          basis: r.basis,
          href: r.href,
          footer: r.metric && <MetricLicence {...r.metric} />,
        }))}
      />
    </section>
  );
}

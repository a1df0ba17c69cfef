import Link from "next/link";
import type { Verdict } from "@/lib/figures/compare-figure";
import type { MetricFigureReading } from "@/lib/figures/compare-metric-figure";
import type { PublishedMetricFigure } from "@/lib/figures/published-metric-figures";
import type { MetricSummary } from "@/lib/metrics/types";
import { MetricLicence } from "./metric-licence";

const VERDICT_LABELS = {
  matches: "Matches",
  "does-not-match": "Does not match",
  "no-data": "No data",
} as const satisfies Record<Verdict, string>;

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
      <div className="table-scroll">
        <table data-testid="metric-figures">
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
                  <a href={r.figure.source}>{r.figure.claim}</a>
                </td>
                <td className="num">
                  {r.figure.value}
                  {UNIT[r.figure.measure]}
                </td>
                <td className="num" data-testid="figure-ours">
                  {r.ours === null ? "—" : `${r.ours.toFixed(1)}${UNIT[r.figure.measure]}`}
                </td>
                <td>
                  <strong data-testid="figure-verdict">{VERDICT_LABELS[r.verdict]}</strong>.{" "}
                  {r.evidence}
                  <br />
                  <span className="muted">{r.basis}</span> <Link href={r.href}>Open this view</Link>
                  {r.metric && <MetricLicence {...r.metric} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import Link from "next/link";
import type { BenchmarkCell, BenchmarkRow } from "@/lib/metrics/build-model-benchmarks";
import { METRIC_DATE_BASIS_LABELS } from "@/lib/metrics/metric-domain";
import styles from "./metrics.module.css";
import { TableScroll } from "@/components/layout/table-scroll";

interface Props {
  models: { slug: string; name: string }[];
  rows: BenchmarkRow[];
}

const value = (c: BenchmarkCell, unit: string) =>
  `${c.score.toFixed(1)}${unit === "%" ? "%" : ` ${unit}`}`;

/**
 * Each model's score on every benchmark OpenGap has, beside the Arena ratings: the newest export
 * of each, its date and source, "no score" where there is none, and the data's licence.
 */
export function ModelBenchmarks({ models, rows }: Props) {
  if (models.length === 0) return null;
  const scored = rows.filter((r) => r.cells.some((c) => c !== null)).length;
  return (
    <section aria-labelledby="benchmarks-title" data-testid="model-benchmarks">
      <h2 id="benchmarks-title">Benchmarks</h2>
      <p className="muted">
        Scores from benchmark publishers, each from the newest export of its source ({scored} of{" "}
        {rows.length} benchmarks have a score here). A model is listed only where its published name
        is one the leaderboards use or a reviewed alias; best run shown where a source lists
        several. <Link href="/metrics">The gap on each benchmark</Link>.
      </p>
      <TableScroll label="Benchmark scores (table scrolls sideways)">
        <table>
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              {models.map((m) => (
                <th key={m.slug} scope="col" className="num">
                  {m.name}
                </th>
              ))}
              <th scope="col">Source and licence</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.metric.slug} data-metric={r.metric.slug}>
                <th scope="row">{r.metric.shortName}</th>
                {r.cells.map((c, i) => (
                  <td
                    key={models[i]?.slug ?? i}
                    className="num"
                    data-testid={`benchmark-${r.metric.slug}-${models[i]?.slug ?? i}`}
                  >
                    {c ? (
                      <>
                        <strong>{value(c, r.metric.unit)}</strong>
                        <br />
                        <span className={styles.muted}>
                          {c.entry}
                          {c.runs > 1 ? ` (best of ${c.runs})` : ""}
                          {c.date ? `, ${c.date} (${METRIC_DATE_BASIS_LABELS[c.dateBasis]})` : ""}
                        </span>
                      </>
                    ) : (
                      <span className={styles.muted}>no score</span>
                    )}
                  </td>
                ))}
                <td className={styles.muted}>
                  {r.exportLabel ?? r.metric.sourceName}.{" "}
                  {r.metric.nonCommercial && (
                    <span className={styles.nc}>Non-commercial use only</span>
                  )}{" "}
                  {r.metric.dataLicence}; {r.metric.attribution}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

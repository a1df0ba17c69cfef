import type { Metadata } from "next";
import Link from "next/link";
import { MetricChartLegend } from "@/components/metrics/metric-chart-legend";
import { MetricPanel } from "@/components/metrics/metric-panel";
import styles from "@/components/metrics/metrics.module.css";
import { ParamNotices } from "@/components/gap/param-notices";
import { MetricPicker } from "./_components/metric-picker";
import { loadMetricsView } from "./load-metrics";
import { serializeMetricsParams } from "./search-params";

export const metadata: Metadata = {
  title: "The gap on every yardstick",
  description:
    "Best open-weight vs best proprietary score over time on Epoch AI's capabilities index, GPQA Diamond, SWE-bench, LiveBench and more: side by side, never averaged.",
};
// Reads the database on each request (cached per data version).
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MetricsPage({ searchParams }: { searchParams: SearchParams }) {
  const view = loadMetricsView(await searchParams);
  const query = serializeMetricsParams(view.params);
  const sourceOf = new Map(view.choices.map((c) => [c.source, c.sourceName]));
  return (
    <main id="main">
      <h1>The gap on every yardstick</h1>
      <p className="muted">
        How far the best open-weight model is behind the best proprietary one depends on the
        yardstick. Each chart below is one benchmark, read inside one export of its source, with the
        gap in the benchmark&apos;s own unit and months behind computed as for Arena on{" "}
        <Link href="/">the gap view</Link>. The numbers are never averaged across benchmarks.
      </p>
      <ParamNotices issues={view.issues} />
      <p className={styles.summary} data-testid="yardstick-summary">
        {view.summary.sentence}
      </p>
      <MetricPicker
        params={view.params}
        choices={view.choices.map(({ slug, name, sourceName, nonCommercial }) => ({
          slug,
          name,
          sourceName,
          nonCommercial,
        }))}
      />
      <MetricChartLegend />
      <div className={styles.grid} data-testid="metric-grid">
        {view.panels.map((p) => (
          <MetricPanel key={p.series.metric.slug} {...p} {...view.axis} />
        ))}
      </div>
      <p>
        Download these numbers:{" "}
        <a href={`/api/metrics${query}${query ? "&" : "?"}format=csv`} data-testid="metrics-csv">
          CSV
        </a>{" "}
        ·{" "}
        <a href={`/api/metrics${query}`} data-testid="metrics-json">
          JSON
        </a>
        . Each row carries its metric&apos;s data licence and credit; SWE-bench&apos;s numbers are
        for non-commercial use only (CC BY-NC 4.0).
      </p>
      <section id="method" aria-labelledby="metrics-method">
        <h2 id="metrics-method">How these numbers are computed</h2>
        <p>
          <strong>One export at a time.</strong> Benchmark publishers re-score and re-fit: Epoch
          AI&apos;s capabilities index of March 2026 gives other values than its January export, and
          each LiveBench release has its own questions. A chart reads one export (the newest), and
          earlier exports are listed, never mixed in.
        </p>
        <p>
          <strong>The gap over time.</strong> For every date on which a score of the export became
          available (the model&apos;s release date where the source states one, else its submission
          or first listing), the best open and the best proprietary score among models available by
          then; the gap is their difference in the benchmark&apos;s unit (percentage points for
          accuracies). <strong>Months behind</strong> is read as on Arena: the best open score R on
          that date, the proprietary frontier over time built from the same export, and the time
          since that frontier first reached R. Where the source gives standard errors (Epoch
          AI&apos;s own runs), the range runs from the open score&apos;s upper bound to its lower
          bound.
        </p>
        <p>
          <strong>Open or proprietary.</strong> The source&apos;s own flag where it has one
          (Epoch&apos;s model accessibility, SWE-bench&apos;s open-model flag, LiveBench&apos;s
          open-weights mark); else OpenGap&apos;s licence review of the Arena model the name
          matches; else a reviewed rule for whole families whose weights are all closed (Claude, GPT
          and o-series, Gemini, Grok 3/4) or all published. Anything else counts on neither side and
          is named under its chart when it scores above the best open model. Each panel says how
          many scores each rule decided.
        </p>
        <p>
          <strong>Epoch AI&apos;s own figure</strong> (open models about 3.5 months behind on its
          index, October 2025) is an average over 2023–2025 of the horizontal distance between the
          two frontiers, not the lag on one date; <Link href="/figures">/figures</Link> recomputes
          it from the export the same way.
        </p>
      </section>
      <section id="unmatched" aria-labelledby="unmatched-title" data-testid="unmatched">
        <h2 id="unmatched-title">Benchmark names not matched to an Arena model</h2>
        <p className="muted">
          A benchmark score joins a model page and /compare only when its published model name is a
          name the leaderboards use, or a reviewed alias. Nothing is matched by similarity.
        </p>
        <ul>
          {view.nameCounts.map((c) => (
            <li key={c.source} data-testid="unmatched-count" data-source={c.source}>
              {sourceOf.get(c.source) ?? c.source}: {c.matched} names matched, {c.unmatched} not
            </li>
          ))}
        </ul>
        <details>
          <summary>List the {view.unmatched.length} unmatched names</summary>
          {[...new Set(view.unmatched.map((u) => u.source))].map((source) => (
            <p key={source} className={styles.meta}>
              <strong>{sourceOf.get(source) ?? source}:</strong>{" "}
              {view.unmatched
                .filter((u) => u.source === source)
                .map((u) => u.nameSlug)
                .join(", ")}
            </p>
          ))}
        </details>
      </section>
    </main>
  );
}

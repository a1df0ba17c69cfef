import type { Metadata } from "next";
import {
  getBatchRuns,
  getRecentRuns,
  getSourceStatuses,
  type SourceStatusRow,
} from "@/db/queries/status";
import { ingestCronPattern } from "@/lib/status/ingest-schedule";
import { METRIC_SOURCE_INFOS, SOURCE_INFOS } from "@/lib/ingest/source-infos";
import { assessFreshness, cronIntervalMs } from "@/lib/status/assess-freshness";
import { getRecentDeliveries, getSubscriptions } from "@/db/queries/webhooks";
import { RunLog } from "@/components/status/run-log";
import { WebhookLog } from "@/components/status/webhook-log";
import { SourceStatusTable } from "@/components/status/source-status-table";
import { parseStatusParams } from "./search-params";

export const metadata: Metadata = { title: "Data status" };
export const dynamic = "force-dynamic";

// Next 16's generated route types (next typegen): the searchParams this route receives.
type SearchParams = PageProps<"/status">["searchParams"];

export default async function StatusPage({ searchParams }: { searchParams: SearchParams }) {
  const { batch } = parseStatusParams(await searchParams);
  const batchRuns = batch ? getBatchRuns(batch) : [];
  const pattern = ingestCronPattern();
  const intervalMs = pattern === "off" ? null : cronIntervalMs(pattern);
  const stored = new Map(getSourceStatuses().map((s) => [s.slug, s]));
  // Every registered source, including live ones that have never been fetched here.
  const infos = [...SOURCE_INFOS, ...METRIC_SOURCE_INFOS];
  const rows = infos
    .map((info) => ({
      ...(stored.get(info.slug) ?? emptyStatus(info.slug, info.name, info.series)),
      live: "live" in info && Boolean(info.live),
    }))
    .map((s) => ({
      ...s,
      freshness: assessFreshness({ live: s.live, lastSuccessAt: s.lastFetchAt, intervalMs }),
      // An error only matters while it is newer than the last success.
      currentError:
        s.lastFailureAt && (!s.lastSuccessAt || s.lastFailureAt > s.lastSuccessAt)
          ? s.lastError
          : null,
    }));
  const stale = rows.filter((r) => r.freshness.state === "stale" || r.freshness.state === "never");
  return (
    <main id="main">
      <h1>Data status</h1>
      <p className="muted">
        Scheduled ingest: <code data-testid="cron-pattern">{pattern}</code>
        {pattern === "off" ? " (disabled)" : ""}. Each run fetches every live source, writes one
        transaction per snapshot and keeps the earlier data when a source fails.
      </p>
      {stale.length > 0 && (
        <p className="warning" role="status" data-testid="staleness-warning">
          {stale.length} live source{stale.length > 1 ? "s are" : " is"} behind schedule:{" "}
          {stale.map((r) => r.name).join(", ")}. The charts still show the last good data.
        </p>
      )}
      {batch && (
        <section data-testid="batch-report" aria-label="Ingest run">
          <h2>Ingest run {batch.slice(0, 8)}</h2>
          {batchRuns.length === 0 ? (
            <p role="status">
              Started; no source has reported yet. Reload in a few seconds (a full run takes about
              half a minute).
            </p>
          ) : (
            <RunLog runs={batchRuns} />
          )}
        </section>
      )}
      <SourceStatusTable rows={rows} />
      <h2>Recent ingest runs</h2>
      <RunLog runs={getRecentRuns()} />
      <h2>Webhooks</h2>
      <WebhookLog subscriptions={getSubscriptions()} deliveries={getRecentDeliveries()} />
    </main>
  );
}

function emptyStatus(slug: string, name: string, series: string): SourceStatusRow {
  return {
    slug,
    name,
    series,
    snapshotCount: 0,
    firstDate: null,
    lastDate: null,
    lastSuccessAt: null,
    lastFetchAt: null,
    lastFailureAt: null,
    lastError: null,
  };
}

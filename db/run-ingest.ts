import { todayIso } from "@/lib/dates/iso-date";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { createHttpClient, type FetchLimits } from "@/lib/ingest/http/create-http-client";
import { checkPlausible } from "@/lib/ingest/check-plausible";
import { getSettings, type SettingName } from "@/lib/settings";
import { hashSourceFiles } from "@/lib/ingest/hash-source-files";
import { parseSourceFiles } from "@/lib/ingest/parse-source-files";
import { readSourceDir } from "@/lib/ingest/read-source-dir";
import { METRIC_ADAPTERS, SOURCE_ADAPTERS } from "@/lib/ingest/registry";
import type { SourceAdapter, SourceFile } from "@/lib/ingest/types";
import type { Db } from "./client";
import { outcomeTimer, type SourceOutcome } from "./source-outcome";
import { ingestSnapshots, upsertSource } from "./ingest";
import { ingestMetricSource, selectMetricAdapters } from "./run-metric-ingest";
import { faultPoint } from "./writer/fault-point";
import { rebuildDerivedIfStale } from "./writer/rebuild-derived";
import {
  countSnapshots,
  isInputUnchanged,
  makeRunResult,
  recordEndedRun,
  recordFailedRun,
  type IngestTrigger,
  type SourceRunResult,
} from "./writer/run-log";
import { acquireWriterLock } from "./writer/writer-lock";
import { recordSourceEvents } from "./events/record-source-events";
import { deliverWebhooks } from "./webhooks/deliver-webhooks";
import { syncFileSubscriptions } from "./webhooks/sync-file-subscriptions";

export interface IngestRequest {
  /** Source slugs; default: every source the mode can read. */
  sources?: readonly string[];
  /** A local folder laid out like ../shared/data (one folder per source). */
  dir?: string;
  /** Base URL for a single source, overriding its env var and default. */
  url?: string;
  dryRun?: boolean;
  trigger: IngestTrigger;
  /** Groups this invocation's run rows; generated when absent. */
  batchId?: string;
  /** How long to wait for another writer to finish before reporting "busy" (default 0). */
  lockWaitMs?: number;
  limits?: FetchLimits;
  onProgress?: (e: {
    source: string;
    phase: "fetch" | "parse" | "write" | "done";
    files?: number;
  }) => void;
}

export type { SourceOutcome } from "./source-outcome";

/** Resolves which adapters a request covers; unknown slugs are an error the caller shows. */
export function selectAdapters(sources: readonly string[] | undefined): SourceAdapter[] {
  if (!sources?.length) return [...SOURCE_ADAPTERS];
  const known = [...SOURCE_ADAPTERS, ...METRIC_ADAPTERS].map((a) => a.info.slug);
  const unknown = sources.filter((s) => !known.includes(s));
  if (unknown.length) {
    const valid = known.join(", ");
    throw new Error(`Unknown source ${unknown.join(", ")}. Valid sources: ${valid}`);
  }
  return SOURCE_ADAPTERS.filter((a) => sources.includes(a.info.slug));
}

/**
 * Fetch (or read), parse, then write each source, holding the database's writer lock for the
 * whole run; one source failing never stops the others. The derived tables are rebuilt once at
 * the end whenever their inputs changed, including after a crash of an earlier run.
 */
export async function runIngest(db: Db, req: IngestRequest): Promise<SourceOutcome[]> {
  if (req.url && req.sources?.length !== 1) throw new Error("--url needs exactly one --source");
  const adapters = selectAdapters(req.sources);
  const benchmarks = selectMetricAdapters(req.sources);
  const batchId = req.batchId ?? randomUUID();
  if (req.dryRun) {
    const outcomes: SourceOutcome[] = [];
    for (const adapter of adapters) outcomes.push(await ingestOne(db, adapter, req, batchId));
    for (const b of benchmarks) outcomes.push(await ingestMetricSource(db, b, req, batchId));
    return outcomes;
  }
  const lock = acquireWriterLock(db.$client.name, req.lockWaitMs ?? 0);
  if (!lock) return adapters.map((a) => recordBusy(db, a, req, batchId));
  const outcomes: SourceOutcome[] = [];
  try {
    syncFileSubscriptions(db);
    for (const adapter of adapters) outcomes.push(await ingestOne(db, adapter, req, batchId));
    for (const b of benchmarks) outcomes.push(await ingestMetricSource(db, b, req, batchId));
    faultPoint("before-rebuild");
    rebuildDerivedIfStale(db);
    recordHealthEvents(db, adapters, outcomes);
  } finally {
    lock.release();
  }
  await deliverAfterCommit(db);
  return outcomes;
}

/** Failing and stale sources become events too; an error here never fails the ingest. */
function recordHealthEvents(db: Db, adapters: SourceAdapter[], outcomes: SourceOutcome[]): void {
  try {
    const infos = new Map(adapters.map((a) => [a.info.slug, a.info]));
    recordSourceEvents(
      db,
      outcomes.flatMap((o) => {
        const info = infos.get(o.source);
        return info && !o.skipped ? [{ info, status: o.status, error: o.error }] : [];
      }),
    );
  } catch (err) {
    console.error(`[events] source events not recorded: ${String(err)}`);
  }
}

/** Webhooks go out once the data is committed and the lock released; they never fail the run. */
async function deliverAfterCommit(db: Db): Promise<void> {
  try {
    const r = await deliverWebhooks(db);
    if (r.failed || r.pending)
      console.error(
        `[webhooks] ${r.failed} given up, ${r.pending} left for the next pass (see /status)`,
      );
  } catch (err) {
    console.error(`[webhooks] delivery pass stopped: ${String(err)}`);
  }
}

const BUSY =
  "another ingest is writing to this database; nothing was attempted (try again when it finishes, or pass --wait)";

function recordBusy(
  db: Db,
  adapter: SourceAdapter,
  req: IngestRequest,
  batchId: string,
): SourceOutcome {
  upsertSource(db, adapter.info);
  const ctx = { source: adapter.info.slug, trigger: req.trigger, batchId };
  const result = recordEndedRun(
    db,
    ctx,
    makeRunResult(adapter.info.slug, { status: "busy", error: BUSY }),
  );
  return { ...outcomeTimer(result.source)(result), ms: 0 };
}

async function ingestOne(
  db: Db,
  adapter: SourceAdapter,
  req: IngestRequest,
  batchId: string,
): Promise<SourceOutcome> {
  const slug = adapter.info.slug;
  const outcome = outcomeTimer(slug);
  const location = locate(adapter, req);
  if ("skip" in location) return outcome({ skipped: location.skip });
  const ctx = { source: slug, trigger: req.trigger, batchId };
  req.onProgress?.({ source: slug, phase: "fetch" });
  let files: SourceFile[];
  let parsed;
  let inputHash: string;
  try {
    files = await location.load();
    inputHash = hashSourceFiles(files);
    if (!req.dryRun && isInputUnchanged(db, slug, inputHash)) {
      upsertSource(db, adapter.info);
      const unchanged = makeRunResult(slug, { snapshotsUnchanged: countSnapshots(db, slug) });
      return outcome({
        ...recordEndedRun(db, { ...ctx, inputHash }, unchanged),
        files: files.length,
      });
    }
    req.onProgress?.({ source: slug, phase: "parse", files: files.length });
    parsed = await parseSourceFiles(adapter, files);
    checkPlausible(slug, parsed, todayIso());
  } catch (err) {
    // Nothing reached the writer: the stored history is untouched.
    if (req.dryRun)
      return outcome({ status: "failed", error: String(err instanceof Error ? err.message : err) });
    upsertSource(db, adapter.info);
    return outcome(recordFailedRun(db, ctx, err));
  }
  const counts = {
    files: files.length,
    snapshotsParsed: parsed.length,
    rowsParsed: parsed.reduce((n, p) => n + p.scores.length, 0),
  };
  if (req.dryRun) return outcome(counts);
  req.onProgress?.({ source: slug, phase: "write" });
  const result: SourceRunResult = ingestSnapshots(db, adapter.info, parsed, req.trigger, {
    inputHash,
    batchId,
  });
  req.onProgress?.({ source: slug, phase: "done" });
  return outcome({ ...result, ...counts });
}

type Location = { skip: string } | { load: () => Promise<SourceFile[]> };

function locate(adapter: SourceAdapter, req: IngestRequest): Location {
  const { info } = adapter;
  if (req.dir) {
    const folders = [info.dataDir].flat();
    const dir = req.dir;
    if (!folders.some((f) => existsSync(path.join(dir, f))))
      return { skip: `no folder ${folders.join(" or ")} under ${req.dir}` };
    return { load: () => readSourceDir(adapter, req.dir as string) };
  }
  const base =
    req.url ??
    (info.live ? (liveUrlOverride(info.live.envVar) ?? info.live.defaultUrl) : undefined);
  if (!base || !adapter.fetchFiles) return { skip: "backfill-only source: load it with --dir" };
  const http = createHttpClient(info.slug, req.limits);
  const fetchFiles = adapter.fetchFiles.bind(adapter);
  return { load: () => fetchFiles(base, http) };
}

/** A mirror set through the source's OPENGAP_URL_* variable (validated with every setting). */
function liveUrlOverride(envVar: string): string | undefined {
  const settings = getSettings() as Partial<Record<SettingName, unknown>>;
  const value = settings[envVar as SettingName];
  return typeof value === "string" ? value : undefined;
}

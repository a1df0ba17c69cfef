import { existsSync } from "node:fs";
import path from "node:path";
import { createHttpClient, type FetchLimits } from "@/lib/ingest/http/create-http-client";
import { hashSourceFiles } from "@/lib/ingest/hash-source-files";
import { parseSourceFiles } from "@/lib/ingest/parse-source-files";
import { readSourceDir } from "@/lib/ingest/read-source-dir";
import { SOURCE_ADAPTERS } from "@/lib/ingest/registry";
import type { SourceAdapter, SourceFile } from "@/lib/ingest/types";
import type { Db } from "./client";
import {
  ingestSnapshots,
  makeRunResult,
  isInputUnchanged,
  recordFailedRun,
  recordUnchangedRun,
  refreshDerivedTables,
  type IngestTrigger,
  type SourceRunResult,
} from "./ingest";
import { acquireIngestLock, releaseIngestLock } from "./writer/ingest-lock";

export interface IngestRequest {
  /** Source slugs; default: every source the mode can read. */
  sources?: readonly string[];
  /** A local folder laid out like ../shared/data (one folder per source). */
  dir?: string;
  /** Base URL for a single source, overriding its env var and default. */
  url?: string;
  dryRun?: boolean;
  trigger: IngestTrigger;
  limits?: FetchLimits;
  onProgress?: (e: {
    source: string;
    phase: "fetch" | "parse" | "write" | "done";
    files?: number;
  }) => void;
}

export interface SourceOutcome extends SourceRunResult {
  /** Why nothing was attempted (no live URL, folder absent, locked by another process). */
  skipped: string | null;
  files: number;
  snapshotsParsed: number;
  rowsParsed: number;
  ms: number;
}

/** Resolves which adapters a request covers; unknown slugs are an error the caller shows. */
export function selectAdapters(sources: readonly string[] | undefined): SourceAdapter[] {
  if (!sources?.length) return [...SOURCE_ADAPTERS];
  const unknown = sources.filter((s) => !SOURCE_ADAPTERS.some((a) => a.info.slug === s));
  if (unknown.length) {
    const valid = SOURCE_ADAPTERS.map((a) => a.info.slug).join(", ");
    throw new Error(`Unknown source ${unknown.join(", ")}. Valid sources: ${valid}`);
  }
  return SOURCE_ADAPTERS.filter((a) => sources.includes(a.info.slug));
}

/** Fetch (or read), parse, then write each source; one source failing never stops the others. */
export async function runIngest(db: Db, req: IngestRequest): Promise<SourceOutcome[]> {
  if (req.url && req.sources?.length !== 1) throw new Error("--url needs exactly one --source");
  const holder = `${process.pid}-${Date.now()}`;
  const outcomes: SourceOutcome[] = [];
  for (const adapter of selectAdapters(req.sources)) {
    outcomes.push(await ingestOne(db, adapter, req, holder));
  }
  // Derived tables (current licences, frontiers) are rebuilt once per run, not once per source.
  if (outcomes.some((o) => o.snapshotsAdded + o.snapshotsUpdated > 0)) refreshDerivedTables(db);
  return outcomes;
}

async function ingestOne(
  db: Db,
  adapter: SourceAdapter,
  req: IngestRequest,
  holder: string,
): Promise<SourceOutcome> {
  const slug = adapter.info.slug;
  const started = performance.now();
  const outcome = (r: Partial<SourceOutcome>): SourceOutcome => ({
    ...makeRunResult(slug),
    skipped: null,
    files: 0,
    snapshotsParsed: 0,
    rowsParsed: 0,
    ...r,
    ms: performance.now() - started,
  });
  const location = locate(adapter, req);
  if ("skip" in location) return outcome({ skipped: location.skip });
  if (!req.dryRun && !acquireIngestLock(db, slug, holder)) {
    return outcome({
      skipped: "another process is ingesting this source; try again when it finishes",
    });
  }
  try {
    req.onProgress?.({ source: slug, phase: "fetch" });
    let files: SourceFile[];
    let parsed;
    let inputHash: string;
    try {
      files = await location.load();
      inputHash = hashSourceFiles(files);
      if (!req.dryRun && isInputUnchanged(db, slug, inputHash)) {
        return outcome({
          ...recordUnchangedRun(db, adapter.info, req.trigger, inputHash),
          files: files.length,
        });
      }
      req.onProgress?.({ source: slug, phase: "parse", files: files.length });
      parsed = await parseSourceFiles(adapter, files);
    } catch (err) {
      // Nothing reached the writer: the stored history is untouched.
      if (req.dryRun)
        return outcome({
          status: "failed",
          error: String(err instanceof Error ? err.message : err),
        });
      return outcome(recordFailedRun(db, adapter.info, err, req.trigger));
    }
    const counts = {
      files: files.length,
      snapshotsParsed: parsed.length,
      rowsParsed: parsed.reduce((n, p) => n + p.scores.length, 0),
    };
    if (req.dryRun) return outcome(counts);
    req.onProgress?.({ source: slug, phase: "write" });
    const result = ingestSnapshots(db, adapter.info, parsed, req.trigger, {
      refreshDerived: false,
      inputHash,
    });
    req.onProgress?.({ source: slug, phase: "done" });
    return outcome({ ...result, ...counts });
  } finally {
    if (!req.dryRun) releaseIngestLock(db, slug, holder);
  }
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
    req.url ?? (info.live ? (process.env[info.live.envVar] ?? info.live.defaultUrl) : undefined);
  if (!base || !adapter.fetchFiles) return { skip: "backfill-only source: load it with --dir" };
  const http = createHttpClient(info.slug, req.limits);
  const fetchFiles = adapter.fetchFiles.bind(adapter);
  return { load: () => fetchFiles(base, http) };
}

import { existsSync } from "node:fs";
import path from "node:path";
import { checkMetricPlausible } from "@/lib/ingest/check-metric-plausible";
import { hashSourceFiles } from "@/lib/ingest/hash-source-files";
import type { MetricSourceAdapter } from "@/lib/ingest/metric-types";
import { readSourceDir } from "@/lib/ingest/read-source-dir";
import { METRIC_ADAPTERS } from "@/lib/ingest/registry";
import type { Db } from "./client";
import { recordFailedRun } from "./ingest";
import { ingestMetricExports, upsertMetricSource } from "./ingest-metrics";
import type { IngestRequest } from "./run-ingest";
import { outcomeTimer, type SourceOutcome } from "./source-outcome";

/** The benchmark sources a request names (all of them when it names none). */
export function selectMetricAdapters(
  sources: readonly string[] | undefined,
): MetricSourceAdapter[] {
  if (!sources?.length) return [...METRIC_ADAPTERS];
  return METRIC_ADAPTERS.filter((a) => sources.includes(a.info.slug));
}

/**
 * Reads, parses, range-checks and writes one benchmark source from a local folder (`--dir`):
 * they are frozen exports with no live URL. A bad file writes nothing and is logged.
 */
export async function ingestMetricSource(
  db: Db,
  adapter: MetricSourceAdapter,
  req: IngestRequest,
  batchId: string,
): Promise<SourceOutcome> {
  const slug = adapter.info.slug;
  const outcome = outcomeTimer(slug);
  const dir = req.dir;
  const folders = [adapter.info.dataDir].flat();
  if (!dir) return outcome({ skipped: "frozen benchmark export: load it with --dir" });
  if (!folders.some((f) => existsSync(path.join(dir, f))))
    return outcome({ skipped: `no folder ${folders.join(" or ")} under ${dir}` });
  const ctx = { source: slug, trigger: req.trigger, batchId };
  req.onProgress?.({ source: slug, phase: "parse" });
  try {
    const files = await readSourceDir(adapter, dir);
    const parsed = adapter.parse(files);
    checkMetricPlausible(slug, parsed, new Date().toISOString().slice(0, 10));
    const counts = {
      files: files.length,
      snapshotsParsed: parsed.length,
      rowsParsed: parsed.reduce((n, e) => n + e.scores.length, 0),
    };
    if (req.dryRun) return outcome(counts);
    req.onProgress?.({ source: slug, phase: "write" });
    const result = ingestMetricExports(db, adapter.info, parsed, req.trigger, {
      inputHash: hashSourceFiles(files),
      batchId,
    });
    req.onProgress?.({ source: slug, phase: "done" });
    return outcome({ ...result, ...counts });
  } catch (err) {
    const error = String(err instanceof Error ? err.message : err);
    if (req.dryRun) return outcome({ status: "failed", error });
    upsertMetricSource(db, adapter.info);
    return outcome(recordFailedRun(db, ctx, err));
  }
}

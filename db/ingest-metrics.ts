import type { MetricSourceInfo, ParsedMetricExport } from "@/lib/ingest/metric-types";
import type { Db } from "./client";
import { METADATA_PRIORITY } from "./ingest";
import { sources } from "./schema";
import { writeMetricExport } from "./writer/write-metric-export";
import { runWrites, type IngestTrigger, type SourceRunResult } from "./writer/run-log";

/** Benchmark sources are listed with the leaderboards (status, attribution), after all of them. */
export function upsertMetricSource(db: Db, info: MetricSourceInfo): void {
  const values = {
    slug: info.slug,
    name: info.name,
    publisher: info.publisher,
    dataLicence: info.dataLicence,
    homepage: info.homepage,
    series: info.series,
    priority: METADATA_PRIORITY,
  };
  db.insert(sources).values(values).onConflictDoUpdate({ target: sources.slug, set: values }).run();
}

/**
 * Writes a fully parsed (and range-checked) benchmark source, one transaction per metric export,
 * and logs the run like a leaderboard's. The caller rebuilds the derived tables afterwards, which
 * points each score's published model name at an Arena model where one matches.
 */
export function ingestMetricExports(
  db: Db,
  info: MetricSourceInfo,
  parsed: readonly ParsedMetricExport[],
  trigger: IngestTrigger,
  options: { inputHash?: string; batchId?: string } = {},
): SourceRunResult {
  upsertMetricSource(db, info);
  return runWrites(db, { source: info.slug, trigger, ...options }, parsed, (ex, fetchedAt) =>
    writeMetricExport(db, info, ex, fetchedAt),
  );
}

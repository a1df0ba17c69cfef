import { mergeSnapshots } from "@/lib/ingest/merge-snapshots";
import type { ParsedSnapshot, SourceInfo } from "@/lib/ingest/types";
import type { Db } from "./client";
import { sources } from "./schema";
import {
  finishRun,
  makeRunResult,
  startRun,
  type IngestTrigger,
  type SourceRunResult,
} from "./writer/run-log";
import { faultPoint } from "./writer/fault-point";
import { writeSnapshot } from "./writer/write-snapshot";

export {
  makeRunResult,
  recordFailedRun,
  type IngestTrigger,
  type SourceRunResult,
} from "./writer/run-log";

// Metadata-only sources (catalogs) sort after every leaderboard.
export const METADATA_PRIORITY = 999;

export function upsertSource(db: Db, info: SourceInfo): void {
  const values = {
    slug: info.slug,
    name: info.name,
    publisher: info.publisher,
    dataLicence: info.dataLicence,
    homepage: info.homepage,
    series: info.series,
    priority: Number.isFinite(info.priority) ? info.priority : METADATA_PRIORITY,
  };
  db.insert(sources).values(values).onConflictDoUpdate({ target: sources.slug, set: values }).run();
}

/**
 * Writes a fully parsed source, oldest board first, one transaction per snapshot, and logs the
 * run. Callers parse (and range-check) everything first, so a bad file fails the run before
 * anything is written; the derived tables are rebuilt by the caller once per run.
 */
export function ingestSnapshots(
  db: Db,
  info: SourceInfo,
  parsed: readonly ParsedSnapshot[],
  trigger: IngestTrigger,
  options: { inputHash?: string; batchId?: string } = {},
): SourceRunResult {
  upsertSource(db, info);
  const runId = startRun(db, { source: info.slug, trigger, ...options });
  const fetchedAt = new Date().toISOString();
  const result = makeRunResult(info.slug);
  try {
    const ordered = mergeSnapshots(parsed).sort((a, b) =>
      a.publishedOn.localeCompare(b.publishedOn),
    );
    for (const snap of ordered) {
      const outcome = writeSnapshot(db, info, snap, fetchedAt);
      if (outcome.status !== "unchanged") faultPoint("snapshot");
      if (outcome.status === "added") result.snapshotsAdded++;
      else if (outcome.status === "updated") result.snapshotsUpdated++;
      else result.snapshotsUnchanged++;
      result.rowsAdded += outcome.rows;
    }
  } catch (err) {
    result.status = "failed";
    result.error = err instanceof Error ? err.message : String(err);
  }
  finishRun(db, runId, result);
  return result;
}

import { mergeSnapshots } from "@/lib/ingest/merge-snapshots";
import type { ParsedSnapshot, SourceInfo } from "@/lib/ingest/types";
import type { Db } from "./client";
import { sources } from "./schema";
import { runWrites, type IngestTrigger, type SourceRunResult } from "./writer/run-log";
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
  const ordered = mergeSnapshots(parsed).sort((x, y) => x.publishedOn.localeCompare(y.publishedOn));
  return runWrites(db, { source: info.slug, trigger, ...options }, ordered, (snap, fetchedAt) =>
    writeSnapshot(db, info, snap, fetchedAt),
  );
}

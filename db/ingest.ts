import { and, desc, eq, sql } from "drizzle-orm";
import { mergeSnapshots } from "@/lib/ingest/merge-snapshots";
import type { ParsedSnapshot, SourceInfo } from "@/lib/ingest/types";
import type { Db } from "./client";
import { ingestRuns, snapshots, sources } from "./schema";
import { ModelResolver } from "./writer/model-resolver";
import {
  METADATA_PRIORITY,
  rebuildFrontiers,
  refreshModelLicences,
} from "./writer/refresh-derived";
import { writeSnapshot } from "./writer/write-snapshot";

export type IngestTrigger = "seed" | "cli" | "schedule" | "admin" | "test";

export interface SourceRunResult {
  source: string;
  status: "success" | "failed";
  snapshotsAdded: number;
  snapshotsUpdated: number;
  snapshotsUnchanged: number;
  rowsAdded: number;
  error: string | null;
}

/** A run that has written nothing yet. */
export function makeRunResult(
  source: string,
  patch: Partial<SourceRunResult> = {},
): SourceRunResult {
  return {
    source,
    status: "success",
    snapshotsAdded: 0,
    snapshotsUpdated: 0,
    snapshotsUnchanged: 0,
    rowsAdded: 0,
    error: null,
    ...patch,
  };
}

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
 * Writes a fully parsed source: one transaction per snapshot, then the derived tables once.
 * Callers parse everything first, so a bad file fails the run before anything is written.
 */
export function ingestSnapshots(
  db: Db,
  info: SourceInfo,
  parsed: readonly ParsedSnapshot[],
  trigger: IngestTrigger,
  options: { refreshDerived?: boolean; inputHash?: string } = {},
): SourceRunResult {
  upsertSource(db, info);
  const startedAt = new Date().toISOString();
  const run = db
    .insert(ingestRuns)
    .values({
      sourceSlug: info.slug,
      trigger,
      startedAt,
      status: "running",
      inputHash: options.inputHash,
    })
    .returning({ id: ingestRuns.id })
    .get();
  const result = makeRunResult(info.slug);
  try {
    const resolver = new ModelResolver(db, { keysReclaimNames: info.kind === "ratings" });
    const ordered = mergeSnapshots(parsed).sort((a, b) =>
      a.publishedOn.localeCompare(b.publishedOn),
    );
    for (const snap of ordered) {
      const outcome = writeSnapshot(db, info, snap, resolver, startedAt);
      if (outcome.status === "added") result.snapshotsAdded++;
      else if (outcome.status === "updated") result.snapshotsUpdated++;
      else result.snapshotsUnchanged++;
      result.rowsAdded += outcome.rows;
    }
    // Batch loads (the seed) refresh once at the end instead of after every source.
    const changed = result.snapshotsAdded + result.snapshotsUpdated > 0;
    if (changed && options.refreshDerived !== false) refreshDerivedTables(db);
  } catch (err) {
    result.status = "failed";
    result.error = err instanceof Error ? err.message : String(err);
  }
  finishRun(db, run.id, result);
  return result;
}

/** Logs a run that failed before writing (fetch or parse error). */
export function recordFailedRun(
  db: Db,
  info: SourceInfo,
  error: unknown,
  trigger: IngestTrigger,
): SourceRunResult {
  upsertSource(db, info);
  const now = new Date().toISOString();
  const message = error instanceof Error ? error.message : String(error);
  db.insert(ingestRuns)
    .values({
      sourceSlug: info.slug,
      trigger,
      startedAt: now,
      finishedAt: now,
      status: "failed",
      error: message,
    })
    .run();
  return makeRunResult(info.slug, { status: "failed", error: message });
}

export function refreshDerivedTables(db: Db): void {
  refreshModelLicences(db);
  rebuildFrontiers(db);
}

function finishRun(db: Db, runId: number, r: SourceRunResult): void {
  db.update(ingestRuns)
    .set({
      finishedAt: new Date().toISOString(),
      status: r.status,
      snapshotsAdded: r.snapshotsAdded + r.snapshotsUpdated,
      snapshotsUnchanged: r.snapshotsUnchanged,
      rowsAdded: r.rowsAdded,
      error: r.error,
    })
    .where(eq(ingestRuns.id, runId))
    .run();
}

/**
 * True when the last successful run of this source read exactly these files and its snapshots
 * are still stored: the whole parse can be skipped.
 */
export function isInputUnchanged(db: Db, source: string, inputHash: string): boolean {
  const last = db
    .select({ inputHash: ingestRuns.inputHash })
    .from(ingestRuns)
    .where(and(eq(ingestRuns.sourceSlug, source), eq(ingestRuns.status, "success")))
    .orderBy(desc(ingestRuns.id))
    .limit(1)
    .get();
  if (last?.inputHash !== inputHash) return false;
  const stored = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM ${snapshots} WHERE source_slug = ${source}`,
  );
  return (stored?.n ?? 0) > 0;
}

/** Logs a run whose input was byte-for-byte the previous one. */
export function recordUnchangedRun(
  db: Db,
  info: SourceInfo,
  trigger: IngestTrigger,
  inputHash: string,
): SourceRunResult {
  upsertSource(db, info);
  const now = new Date().toISOString();
  const stored = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM ${snapshots} WHERE source_slug = ${info.slug}`,
  );
  const result = makeRunResult(info.slug, { snapshotsUnchanged: stored?.n ?? 0 });
  db.insert(ingestRuns)
    .values({
      sourceSlug: info.slug,
      trigger,
      startedAt: now,
      finishedAt: now,
      status: "success",
      snapshotsUnchanged: result.snapshotsUnchanged,
      inputHash,
    })
    .run();
  return result;
}

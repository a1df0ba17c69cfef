import { and, count, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { faultPoint } from "./fault-point";
import { ingestRuns, snapshots } from "../schema";

export type IngestTrigger = "seed" | "cli" | "schedule" | "admin" | "test";

export interface SourceRunResult {
  source: string;
  status: "success" | "failed" | "busy";
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

interface RunContext {
  source: string;
  trigger: IngestTrigger;
  batchId?: string | null;
  inputHash?: string | null;
}

/** Opens a run row; it says "running" until finishRun (a crash leaves it so, visibly). */
export function startRun(db: Db, ctx: RunContext): number {
  return db
    .insert(ingestRuns)
    .values({
      sourceSlug: ctx.source,
      trigger: ctx.trigger,
      batchId: ctx.batchId ?? null,
      startedAt: new Date().toISOString(),
      status: "running",
      inputHash: ctx.inputHash ?? null,
    })
    .returning({ id: ingestRuns.id })
    .get().id;
}

export function finishRun(db: Db, runId: number, r: SourceRunResult): void {
  db.update(ingestRuns)
    .set({
      finishedAt: new Date().toISOString(),
      status: r.status,
      snapshotsAdded: r.snapshotsAdded,
      snapshotsUpdated: r.snapshotsUpdated,
      snapshotsUnchanged: r.snapshotsUnchanged,
      rowsAdded: r.rowsAdded,
      error: r.error,
    })
    .where(eq(ingestRuns.id, runId))
    .run();
}

/** Logs a run that ended before writing: a fetch or parse error, or another writer holding the lock. */
export function recordEndedRun(db: Db, ctx: RunContext, result: SourceRunResult): SourceRunResult {
  finishRun(db, startRun(db, ctx), result);
  return result;
}

export function recordFailedRun(db: Db, ctx: RunContext, error: unknown): SourceRunResult {
  const message = error instanceof Error ? error.message : String(error);
  return recordEndedRun(db, ctx, makeRunResult(ctx.source, { status: "failed", error: message }));
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
  return last?.inputHash === inputHash && countSnapshots(db, source) > 0;
}

export function countSnapshots(db: Db, source: string): number {
  return (
    db.select({ n: count() }).from(snapshots).where(eq(snapshots.sourceSlug, source)).get()?.n ?? 0
  );
}

type WriteOutcome = { status: "added" | "updated" | "unchanged"; rows: number };

/**
 * Logs one run around a writer's loop: each item is written in its own transaction by `write`,
 * the counts are tallied, and the first error ends the run as failed with what was written before
 * it kept (each item is whole or absent). Leaderboard snapshots and benchmark exports share it.
 */
export function runWrites<T>(
  db: Db,
  ctx: RunContext,
  items: readonly T[],
  write: (item: T, fetchedAt: string) => WriteOutcome,
): SourceRunResult {
  const runId = startRun(db, ctx);
  const fetchedAt = new Date().toISOString();
  const result = makeRunResult(ctx.source);
  try {
    for (const item of items) {
      const outcome = write(item, fetchedAt);
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

import "server-only";
import { and, asc, count, desc, eq, gt, max, min, sql } from "drizzle-orm";
import { getDb } from "../client";
import { ingestRuns, metricExports, snapshots, sources, type IngestRun } from "../schema";

export interface SourceStatusRow {
  slug: string;
  name: string;
  series: string;
  snapshotCount: number;
  firstDate: string | null;
  lastDate: string | null;
  lastSuccessAt: string | null;
  /** Last success of a real fetch (schedule, CLI, admin), not the bundled seed. */
  lastFetchAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
}

/** Per source: its snapshots' span, and its latest successful, fetched and failed runs. */
export function getSourceStatuses(): SourceStatusRow[] {
  const db = getDb();
  const spans = new Map(
    db
      .select({
        slug: snapshots.sourceSlug,
        snapshotCount: count(),
        firstDate: min(snapshots.publishedOn),
        lastDate: max(snapshots.publishedOn),
      })
      .from(snapshots)
      .where(gt(snapshots.scoreCount, 0))
      .groupBy(snapshots.sourceSlug)
      .all()
      .map((r) => [r.slug, r]),
  );
  // A benchmark source's "snapshots" are its exports (one per metric per download).
  for (const r of db
    .select({
      slug: metricExports.sourceSlug,
      snapshotCount: count(),
      firstDate: min(metricExports.exportedOn),
      lastDate: max(metricExports.exportedOn),
    })
    .from(metricExports)
    .where(gt(metricExports.scoreCount, 0))
    .groupBy(metricExports.sourceSlug)
    .all())
    spans.set(r.slug, r);
  const runs = db
    .select({
      source: ingestRuns.sourceSlug,
      status: ingestRuns.status,
      seed: sql<number>`${ingestRuns.trigger} = 'seed'`,
      finishedAt: max(ingestRuns.finishedAt),
    })
    .from(ingestRuns)
    .groupBy(ingestRuns.sourceSlug, ingestRuns.status, sql`${ingestRuns.trigger} = 'seed'`)
    .all();
  const latest = (source: string, status: string, withSeed: boolean) =>
    runs
      .filter((r) => r.source === source && r.status === status && (withSeed || !r.seed))
      .map((r) => r.finishedAt ?? "")
      .sort()
      .at(-1) || null;
  return db
    .select({ slug: sources.slug, name: sources.name, series: sources.series })
    .from(sources)
    .orderBy(asc(sources.priority), asc(sources.slug))
    .all()
    .map((s) => ({
      ...s,
      snapshotCount: spans.get(s.slug)?.snapshotCount ?? 0,
      firstDate: spans.get(s.slug)?.firstDate ?? null,
      lastDate: spans.get(s.slug)?.lastDate ?? null,
      lastSuccessAt: latest(s.slug, "success", true),
      lastFetchAt: latest(s.slug, "success", false),
      lastFailureAt: latest(s.slug, "failed", true),
      lastError: lastError(s.slug),
    }));
}

function lastError(source: string): string | null {
  return (
    getDb()
      .select({ error: ingestRuns.error })
      .from(ingestRuns)
      .where(and(eq(ingestRuns.sourceSlug, source), eq(ingestRuns.status, "failed")))
      .orderBy(desc(ingestRuns.id))
      .limit(1)
      .get()?.error ?? null
  );
}

export function getRecentRuns(limit = 25): IngestRun[] {
  return getDb().select().from(ingestRuns).orderBy(desc(ingestRuns.id)).limit(limit).all();
}

/** The runs of one invocation (an admin trigger answers with its batch id). */
export function getBatchRuns(batchId: string): IngestRun[] {
  return getDb()
    .select()
    .from(ingestRuns)
    .where(eq(ingestRuns.batchId, batchId))
    .orderBy(ingestRuns.id)
    .all();
}

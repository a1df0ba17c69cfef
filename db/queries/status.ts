import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { ingestRuns, type IngestRun } from "../schema";

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

/** Per source: coverage and the latest successful and failed runs (one grouped query). */
export function getSourceStatuses(): SourceStatusRow[] {
  return getDb().all<SourceStatusRow>(sql`
    SELECT s.slug, s.name, s.series,
      (SELECT count(*) FROM snapshots n WHERE n.source_slug = s.slug AND n.score_count > 0) AS snapshotCount,
      (SELECT min(published_on) FROM snapshots n WHERE n.source_slug = s.slug AND n.score_count > 0) AS firstDate,
      (SELECT max(published_on) FROM snapshots n WHERE n.source_slug = s.slug AND n.score_count > 0) AS lastDate,
      (SELECT max(finished_at) FROM ingest_runs r WHERE r.source_slug = s.slug AND r.status = 'success') AS lastSuccessAt,
      (SELECT max(finished_at) FROM ingest_runs r WHERE r.source_slug = s.slug AND r.status = 'success'
         AND r.trigger <> 'seed') AS lastFetchAt,
      (SELECT max(finished_at) FROM ingest_runs r WHERE r.source_slug = s.slug AND r.status = 'failed') AS lastFailureAt,
      (SELECT error FROM ingest_runs r WHERE r.source_slug = s.slug AND r.status = 'failed'
         ORDER BY r.id DESC LIMIT 1) AS lastError
    FROM sources s ORDER BY s.priority, s.slug`);
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

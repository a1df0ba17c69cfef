import "server-only";
import { desc, eq, gt, max, min, sql } from "drizzle-orm";
import type { SourceSummary } from "@/lib/sources/source-summary";
import { getDb } from "../client";
import { memoByDataVersion } from "./data-version";
import { ingestRuns, snapshots, sources } from "../schema";

/** Sources with their rating coverage; recomputed only when an ingest has written. */
export function getSourceSummaries(): SourceSummary[] {
  return memoByDataVersion("source-summaries", () => readSourceSummaries());
}

function readSourceSummaries(): SourceSummary[] {
  const db = getDb();
  return db
    .select({
      slug: sources.slug,
      name: sources.name,
      publisher: sources.publisher,
      homepage: sources.homepage,
      dataLicence: sources.dataLicence,
      series: sources.series,
      snapshotCount: sql<number>`count(${snapshots.id})`,
      firstDate: min(snapshots.publishedOn),
      lastDate: max(snapshots.publishedOn),
    })
    .from(sources)
    .leftJoin(snapshots, eq(snapshots.sourceSlug, sources.slug))
    .where(gt(snapshots.scoreCount, 0))
    .groupBy(sources.slug)
    .orderBy(sources.priority)
    .all();
}

/** Date of the newest rating snapshot and of the last successful ingest, for "data as of". */
export function getDataFreshness(): { latestSnapshot: string | null; lastIngest: string | null } {
  const db = getDb();
  const snap = db
    .select({ d: max(snapshots.publishedOn) })
    .from(snapshots)
    .where(gt(snapshots.scoreCount, 0))
    .get();
  const run = db
    .select({ d: ingestRuns.finishedAt })
    .from(ingestRuns)
    .where(eq(ingestRuns.status, "success"))
    .orderBy(desc(ingestRuns.finishedAt))
    .limit(1)
    .get();
  return { latestSnapshot: snap?.d ?? null, lastIngest: run?.d ?? null };
}

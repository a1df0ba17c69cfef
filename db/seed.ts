import { todayIso } from "@/lib/dates/iso-date";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { checkPlausible } from "@/lib/ingest/check-plausible";
import { SOURCE_ADAPTERS } from "@/lib/ingest/registry";
import { decodeSeed } from "@/lib/ingest/seed-format";
import type { Db } from "./client";
import { ingestSnapshots, recordFailedRun, upsertSource, type SourceRunResult } from "./ingest";
import { migrateDatabase } from "./migrate";
import { loadMetricSeedsLocked, METRIC_SEED_FILES } from "./seed-metrics";
import { rebuildDerivedIfStale } from "./writer/rebuild-derived";
import { withWriterLock } from "./writer/writer-lock";

export const SEED_DIR = path.resolve(process.cwd(), "db", "seed");

/**
 * Loads every bundled seed file through the normal writer (idempotent: unchanged snapshots are
 * skipped), then rebuilds the derived tables. The caller holds the writer lock.
 */
export function loadSeedLocked(db: Db, dir: string = SEED_DIR): SourceRunResult[] {
  const present = new Set(
    readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => f.endsWith(".json.gz")),
  );
  const unknown = [...present].filter(
    (f) =>
      !SOURCE_ADAPTERS.some((a) => `${a.info.slug}.json.gz` === f) &&
      !METRIC_SEED_FILES.includes(f),
  );
  if (unknown.length > 0) throw new Error(`Seed files name no known source: ${unknown.join(", ")}`);
  const results: SourceRunResult[] = [];
  const today = todayIso();
  for (const adapter of SOURCE_ADAPTERS) {
    const file = `${adapter.info.slug}.json.gz`;
    if (!present.has(file)) continue;
    try {
      const { snapshots } = decodeSeed(
        JSON.parse(
          gunzipSync(readFileSync(/*turbopackIgnore: true*/ path.join(dir, file))).toString("utf8"),
        ),
      );
      checkPlausible(adapter.info.slug, snapshots, today);
      results.push(ingestSnapshots(db, adapter.info, snapshots, "seed"));
    } catch (err) {
      upsertSource(db, adapter.info);
      const error = new Error(`seed file db/seed/${file}: ${String(err)}`);
      results.push(recordFailedRun(db, { source: adapter.info.slug, trigger: "seed" }, error));
    }
  }
  results.push(...loadMetricSeedsLocked(db, dir, present));
  rebuildDerivedIfStale(db);
  return results;
}

export function isDatabaseEmpty(db: Db): boolean {
  return (db.get<{ n: number }>(sql`SELECT count(*) AS n FROM snapshots`)?.n ?? 0) === 0;
}

export type Prepared =
  | { kind: "seeded"; results: SourceRunResult[] }
  | { kind: "ready"; rebuilt: boolean }
  | { kind: "busy" };

/**
 * Start-up path: migrate, seed when there is no data yet, and otherwise rebuild the derived
 * tables if their inputs changed (an edited overrides file, a crashed ingest). Another writer
 * holding the lock past `lockWaitMs` means "busy": that writer rebuilds when it finishes.
 */
export function prepareDatabase(db: Db, lockWaitMs = 0): Prepared {
  migrateDatabase(db);
  const outcome = withWriterLock(db, lockWaitMs, (): Prepared => {
    if (isDatabaseEmpty(db)) return { kind: "seeded", results: loadSeedLocked(db) };
    return { kind: "ready", rebuilt: rebuildDerivedIfStale(db) };
  });
  return outcome ?? { kind: "busy" };
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { SOURCE_ADAPTERS } from "@/lib/ingest/registry";
import { decodeSeed } from "@/lib/ingest/seed-format";
import { openDatabase, resolveDatabasePath, type Db } from "./client";
import {
  ingestSnapshots,
  recordFailedRun,
  refreshDerivedTables,
  type SourceRunResult,
} from "./ingest";
import { migrateDatabase } from "./migrate";

export const SEED_DIR = path.resolve(process.cwd(), "db", "seed");

/** Loads every bundled seed file through the normal writer (idempotent: unchanged snapshots are skipped). */
export function loadSeed(db: Db, dir: string = SEED_DIR): SourceRunResult[] {
  const present = new Set(
    readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => f.endsWith(".json.gz")),
  );
  const unknown = [...present].filter(
    (f) => !SOURCE_ADAPTERS.some((a) => `${a.info.slug}.json.gz` === f),
  );
  if (unknown.length > 0) throw new Error(`Seed files name no known source: ${unknown.join(", ")}`);
  const results: SourceRunResult[] = [];
  // Registry order, not file order: identity-rich sources must come first (see registry.ts).
  for (const adapter of SOURCE_ADAPTERS) {
    const file = `${adapter.info.slug}.json.gz`;
    if (!present.has(file)) continue;
    try {
      const { snapshots } = decodeSeed(
        JSON.parse(
          gunzipSync(readFileSync(/*turbopackIgnore: true*/ path.join(dir, file))).toString("utf8"),
        ),
      );
      results.push(ingestSnapshots(db, adapter.info, snapshots, "seed", { refreshDerived: false }));
    } catch (err) {
      results.push(
        recordFailedRun(
          db,
          adapter.info,
          new Error(`seed file db/seed/${file}: ${String(err)}`),
          "seed",
        ),
      );
    }
  }
  refreshDerivedTables(db);
  return results;
}

export function isDatabaseEmpty(db: Db): boolean {
  return (db.get<{ n: number }>(sql`SELECT count(*) AS n FROM snapshots`)?.n ?? 0) === 0;
}

/**
 * Start-up path: migrate, seed only when there is no data yet, and otherwise re-derive licences
 * and frontiers so an edited overrides file takes effect on restart.
 */
export function prepareDatabase(db: Db): SourceRunResult[] | null {
  migrateDatabase(db);
  if (isDatabaseEmpty(db)) return loadSeed(db);
  refreshDerivedTables(db);
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = resolveDatabasePath();
  const db = openDatabase(file);
  migrateDatabase(db);
  const started = performance.now();
  const results = loadSeed(db);
  db.$client.close();
  for (const r of results) {
    console.log(
      `${r.source.padEnd(20)} ${r.status.padEnd(8)} +${r.snapshotsAdded} snapshots, ${r.snapshotsUnchanged} unchanged, ${r.rowsAdded} rows${r.error ? `  ${r.error}` : ""}`,
    );
  }
  console.log(`Seeded ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (results.some((r) => r.status === "failed")) process.exitCode = 1;
}

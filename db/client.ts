import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { readSettings } from "@/lib/settings";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "./data/opengap.db";

export function resolveDatabasePath(): string {
  // Read afresh (not the cached settings): tests point DATABASE_PATH at a temp file at run time.
  return path.resolve(/*turbopackIgnore: true*/ readSettings().DATABASE_PATH);
}

/** Opens (creating if needed) a SQLite file with the pragmas every process uses. */
export function openDatabase(file: string = resolveDatabasePath()): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets the web server read while an ingest writes; the timeout waits out short write locks.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  // 64 MiB of page cache (allocated as used) instead of SQLite's 2 MB: with a long history the
  // writer's index updates and rebuilds, and the gap queries, otherwise re-read pages from disk.
  sqlite.pragma("cache_size = -65536");
  return drizzle(sqlite, { schema });
}

const globalForDb = globalThis as unknown as { opengapDb?: Db };

/** One connection per server process (dev reloads reuse it). */
export function getDb(): Db {
  globalForDb.opengapDb ??= openDatabase();
  return globalForDb.opengapDb;
}

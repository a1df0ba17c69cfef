import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";

// Results that only change when an ingest writes are computed once per data version, not per
// request. The version is the newest ingest run (one indexed lookup).
const cache = new Map<string, { version: number; value: unknown }>();

export function getDataVersion(): number {
  return getDb().get<{ v: number | null }>(sql`SELECT max(id) AS v FROM ingest_runs`)?.v ?? 0;
}

export function memoByDataVersion<T>(key: string, compute: () => T): T {
  const version = getDataVersion();
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = compute();
  if (cache.size > 200) cache.clear();
  cache.set(key, { version, value });
  return value;
}

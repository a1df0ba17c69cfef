import "server-only";
import { getDb } from "../client";
import { readDataVersion } from "../writer/data-version";

// Results that only change when an ingest commits are computed once per data version, not per
// request. The version is a row every write transaction bumps (db/writer/data-version.ts), read
// only when SQLite says something was committed since the last look: PRAGMA data_version moves
// on another connection's commit, total_changes() on this connection's own.
const cache = new Map<string, { version: number; value: unknown }>();
let seen = { pragma: -1, changes: -1, version: 0 };

export function getDataVersion(): number {
  const db = getDb();
  const pragma = db.$client.pragma("data_version", { simple: true }) as number;
  const changes = db.$client.prepare("SELECT total_changes() AS n").pluck().get() as number;
  if (pragma !== seen.pragma || changes !== seen.changes)
    seen = { pragma, changes, version: readDataVersion(db) };
  return seen.version;
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

import "server-only";
import { getDataVersion, getDerivedVersion } from "../data-version-watch";

export { getDataVersion };

// Results that only change when an ingest commits are computed once per data version, not per
// request. The version is a row every write transaction bumps (db/writer/data-version.ts).
const cache = new Map<string, { version: number | string; value: unknown }>();

export function memoByDataVersion<T>(key: string, compute: () => T): T {
  return memo(key, getDataVersion(), compute);
}

/**
 * For results read only from the derived tables (frontiers, proprietary steps, scale shifts,
 * model identity), which an ingest rewrites once at its end: a run committing 75 snapshots
 * would otherwise recompute them 75 times (430 ms each at 10× the history) while readers wait.
 * Until the rebuild, readers keep the view of the last rebuild, which is what those tables say.
 */
export function memoByDerivedData<T>(key: string, compute: () => T): T {
  return memo(`derived:${key}`, getDerivedVersion(), compute);
}

/** Entries kept; past it the least recently used goes (a crawler's many variants of one page must not push out the gap views every visitor needs). */
const MAX_ENTRIES = 300;

function memo<T>(key: string, version: number | string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    // Map order is insertion order: re-inserting marks the entry as most recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  cache.delete(key);
  cache.set(key, { version, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}

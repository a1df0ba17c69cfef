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

function memo<T>(key: string, version: number | string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = compute();
  if (cache.size > 200) cache.clear();
  cache.set(key, { version, value });
  return value;
}

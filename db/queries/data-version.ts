import "server-only";
import { getDataVersion } from "../data-version-watch";

export { getDataVersion };

// Results that only change when an ingest commits are computed once per data version, not per
// request. The version is a row every write transaction bumps (db/writer/data-version.ts).
const cache = new Map<string, { version: number; value: unknown }>();

export function memoByDataVersion<T>(key: string, compute: () => T): T {
  const version = getDataVersion();
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = compute();
  if (cache.size > 200) cache.clear();
  cache.set(key, { version, value });
  return value;
}

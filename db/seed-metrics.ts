import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { checkMetricPlausible } from "@/lib/ingest/check-metric-plausible";
import { decodeMetricSeed } from "@/lib/ingest/metric-seed-format";
import { METRIC_ADAPTERS } from "@/lib/ingest/registry";
import type { Db } from "./client";
import { recordFailedRun } from "./ingest";
import { ingestMetricExports, upsertMetricSource } from "./ingest-metrics";
import type { SourceRunResult } from "./writer/run-log";

/** Seed files of the benchmark sources (`<slug>.json.gz`, like the leaderboards'). */
export const METRIC_SEED_FILES = METRIC_ADAPTERS.map((a) => `${a.info.slug}.json.gz`);

/**
 * Loads every bundled benchmark seed present in `dir` through the writer (idempotent). The
 * caller holds the writer lock and rebuilds the derived tables once afterwards.
 */
export function loadMetricSeedsLocked(
  db: Db,
  dir: string,
  present: ReadonlySet<string>,
): SourceRunResult[] {
  const today = new Date().toISOString().slice(0, 10);
  const results: SourceRunResult[] = [];
  for (const adapter of METRIC_ADAPTERS) {
    const file = `${adapter.info.slug}.json.gz`;
    if (!present.has(file)) continue;
    try {
      const raw = gunzipSync(readFileSync(/*turbopackIgnore: true*/ path.join(dir, file)));
      const { exports } = decodeMetricSeed(JSON.parse(raw.toString("utf8")));
      checkMetricPlausible(adapter.info.slug, exports, today);
      results.push(ingestMetricExports(db, adapter.info, exports, "seed"));
    } catch (err) {
      upsertMetricSource(db, adapter.info);
      const error = new Error(`seed file db/seed/${file}: ${String(err)}`);
      results.push(recordFailedRun(db, { source: adapter.info.slug, trigger: "seed" }, error));
    }
  }
  return results;
}

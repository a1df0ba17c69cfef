import { Cron } from "croner";
import { getSettings } from "@/lib/settings";
import { ingestCronPattern } from "@/lib/status/ingest-schedule";
import { getDb } from "./client";
import { prepareDatabase } from "./seed";
import { spawnIngest } from "./spawn-ingest";

const globalForScheduler = globalThis as unknown as { opengapIngestJob?: Cron | null };

/**
 * Starts the scheduled ingest once per server process (dev reloads and a second `register()`
 * reuse it). Each tick runs the ingest in a child process (db/spawn-ingest.ts); a tick while a
 * run is still going, or while another process writes, is skipped and logged, never queued.
 */
export function startIngestScheduler(): Cron | null {
  if (globalForScheduler.opengapIngestJob !== undefined) return globalForScheduler.opengapIngestJob;
  // A crashed ingest may have left derived tables behind their inputs: repair before serving.
  prepareDatabase(getDb(), 0);
  const pattern = ingestCronPattern();
  if (pattern === "off") {
    globalForScheduler.opengapIngestJob = null;
    return null;
  }
  const sources = getSettings()
    .INGEST_SOURCES?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  globalForScheduler.opengapIngestJob = new Cron(pattern, { name: "opengap-ingest" }, () => {
    const r = spawnIngest("schedule", sources);
    if (!r.started)
      console.log(
        `[ingest] scheduled tick skipped: ${r.reason === "running" ? `run ${r.batchId} is still going` : "another process is writing the database"}`,
      );
  });
  console.log(
    `[ingest] schedule "${pattern}", next run ${globalForScheduler.opengapIngestJob.nextRun()?.toISOString() ?? "never"}`,
  );
  return globalForScheduler.opengapIngestJob;
}

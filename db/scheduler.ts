import { Cron } from "croner";
import { ingestCronPattern } from "@/lib/status/ingest-schedule";
import { getDb } from "./client";
import { runIngest } from "./run-ingest";
import { prepareDatabase } from "./seed";

const globalForScheduler = globalThis as unknown as { opengapIngestJob?: Cron | null };

/**
 * Starts the scheduled ingest once per server process (dev reloads and a second `register()`
 * reuse it). `protect` skips a tick while the previous run is still going; the per-source
 * database lock keeps a CLI run and the schedule from writing one source at the same time.
 */
export function startIngestScheduler(): Cron | null {
  if (globalForScheduler.opengapIngestJob !== undefined) return globalForScheduler.opengapIngestJob;
  const db = getDb();
  prepareDatabase(db);
  const pattern = ingestCronPattern();
  if (pattern === "off") {
    globalForScheduler.opengapIngestJob = null;
    return null;
  }
  const sources = process.env.INGEST_SOURCES?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  globalForScheduler.opengapIngestJob = new Cron(
    pattern,
    { name: "opengap-ingest", protect: true },
    async () => {
      try {
        const outcomes = await runIngest(db, { trigger: "schedule", sources });
        const failed = outcomes
          .filter((o) => o.status === "failed")
          .map((o) => `${o.source}: ${o.error}`);
        console.log(
          `[ingest] scheduled run: ${outcomes.length - failed.length}/${outcomes.length} sources ok${failed.length ? `; failed: ${failed.join("; ")}` : ""}`,
        );
      } catch (err) {
        console.error(
          `[ingest] scheduled run could not start: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    },
  );
  console.log(
    `[ingest] schedule "${pattern}", next run ${globalForScheduler.opengapIngestJob.nextRun()?.toISOString() ?? "never"}`,
  );
  return globalForScheduler.opengapIngestJob;
}

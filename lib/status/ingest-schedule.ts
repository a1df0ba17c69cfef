import { getSettings } from "@/lib/settings";

/** The ingest schedule: `INGEST_CRON` (5 or 6 cron fields, or `off`), default every 6 hours. */
export function ingestCronPattern(): string {
  return getSettings().INGEST_CRON;
}

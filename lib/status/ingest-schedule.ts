export const DEFAULT_INGEST_CRON = "0 */6 * * *";

/** The ingest schedule: `INGEST_CRON` (5 or 6 cron fields, or `off`), default every 6 hours. */
export function ingestCronPattern(): string {
  return process.env.INGEST_CRON?.trim() || DEFAULT_INGEST_CRON;
}

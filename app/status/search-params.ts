import { firstValue } from "@/lib/url/param-values";

export interface StatusParams {
  /** An ingest batch to report on (the admin trigger's answer links here). */
  batch: string | null;
}

const BATCH_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The one parser of /status's URL: anything but a well-formed batch id is ignored. */
export function parseStatusParams(
  raw: Record<string, string | string[] | undefined>,
): StatusParams {
  const batch = firstValue(raw.batch).toLowerCase() || null;
  return { batch: batch && BATCH_ID.test(batch) ? batch : null };
}

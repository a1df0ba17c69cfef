import "server-only";
import { getDb } from "./client";
import { runIngest, selectAdapters, type SourceOutcome } from "./run-ingest";

/** The admin trigger: the same run as the schedule, reported back to the caller. */
export async function triggerIngest(
  sources: string[] | undefined,
): Promise<{ outcomes: SourceOutcome[] } | { error: string }> {
  try {
    selectAdapters(sources);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  return { outcomes: await runIngest(getDb(), { trigger: "admin", sources }) };
}

import "server-only";
import { selectAdapters } from "./run-ingest";
import { spawnIngest } from "./spawn-ingest";

export type TriggerAnswer =
  | { status: 202; body: { batchId: string; status: string } }
  | { status: 409; body: { error: string; batchId?: string } }
  | { status: 400; body: { error: string } };

/** The admin trigger: starts the same run as the schedule in the background and says where to follow it. */
export function triggerIngest(sources: string[] | undefined): TriggerAnswer {
  try {
    selectAdapters(sources);
  } catch (err) {
    return { status: 400, body: { error: err instanceof Error ? err.message : String(err) } };
  }
  const r = spawnIngest("admin", sources);
  if (r.started)
    return { status: 202, body: { batchId: r.batchId, status: `/status?batch=${r.batchId}` } };
  if (r.reason === "running")
    return {
      status: 409,
      body: { error: "An ingest started by this server is still running.", batchId: r.batchId },
    };
  return {
    status: 409,
    body: { error: "Another process (a CLI ingest?) is writing the database; try again later." },
  };
}

import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { resolveDatabasePath } from "./client";
import type { IngestTrigger } from "./writer/run-log";
import { acquireWriterLock } from "./writer/writer-lock";

const state = globalThis as unknown as {
  opengapIngestChild?: { batchId: string; child: ChildProcess };
};

export type SpawnResult =
  | { started: true; batchId: string }
  | { started: false; reason: "running"; batchId: string }
  | { started: false; reason: "busy" };

/**
 * Runs an ingest in a child process (`db/cli/ingest.ts`) with its own SQLite connection, so
 * parsing and writing never block this server's requests; readers keep the last committed data
 * through WAL. Refuses while this server's previous run is going or another process holds the
 * writer lock, instead of queueing.
 */
export function spawnIngest(trigger: IngestTrigger, sources?: readonly string[]): SpawnResult {
  const running = state.opengapIngestChild;
  if (running && running.child.exitCode === null && running.child.signalCode === null)
    return { started: false, reason: "running", batchId: running.batchId };
  const probe = acquireWriterLock(resolveDatabasePath(), 0);
  if (!probe) return { started: false, reason: "busy" };
  probe.release();
  const batchId = randomUUID();
  const args = ["--import", "tsx", path.join("db", "cli", "ingest.ts")];
  args.push("--trigger", trigger, "--batch", batchId, "--wait", "0");
  if (sources?.length) args.push("--source", sources.join(","));
  const child = spawn(process.execPath, args, {
    cwd: process.cwd(),
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = (chunk: Buffer) =>
    String(chunk)
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => `[ingest ${batchId.slice(0, 8)}] ${l}`)
      .join("\n");
  child.stdout?.on("data", (c: Buffer) => console.log(prefix(c)));
  child.stderr?.on("data", (c: Buffer) => console.error(prefix(c)));
  state.opengapIngestChild = { batchId, child };
  return { started: true, batchId };
}

// Latency of a page while the whole history is ingested into the database it reads: the ingest
// runs as its own process (as the scheduler runs it) and readers keep reading through WAL.
// Requests alternate between a plain one (served from the store until a commit moves the data
// version) and a rendered one (Cache-Control: no-cache), idle first, then during the ingest.
import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import { timeRequest } from "./time-request";

export interface Latencies {
  plain: number[];
  rendered: number[];
}

export interface DuringIngest {
  idle: Latencies;
  during: Latencies;
  ingestSeconds: number;
  /** How often the data version moved during the ingest (each a commit readers see). */
  commits: number;
}

const RENDER = { "cache-control": "no-cache" };

async function pair(url: string, into: Latencies): Promise<void> {
  into.plain.push((await timeRequest(url)).ms);
  into.rendered.push((await timeRequest(url, RENDER)).ms);
}

export async function latencyDuringIngest(url: string, dbPath: string): Promise<DuringIngest> {
  const idle: Latencies = { plain: [], rendered: [] };
  for (let i = 0; i < 200; i++) await pair(url, idle);
  const before = readVersion(dbPath);
  const t0 = performance.now();
  const ingest = spawn(
    path.join("node_modules", ".bin", "tsx"),
    ["db/cli/ingest.ts", "--dir", SHARED_DATA_DIR],
    { env: { ...process.env, DATABASE_PATH: dbPath }, stdio: "ignore" },
  );
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    ingest.on("exit", (code) => {
      done = true;
      resolve(code);
    }),
  );
  const during: Latencies = { plain: [], rendered: [] };
  while (!done) await pair(url, during);
  const code = await exited;
  if (code !== 0) throw new Error(`the ingest during the measurement exited with ${code}`);
  const ingestSeconds = (performance.now() - t0) / 1000;
  return { idle, during, ingestSeconds, commits: readVersion(dbPath) - before };
}

function readVersion(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare("SELECT version FROM data_state WHERE id = 1").pluck().get() as number) ?? 0;
  } finally {
    db.close();
  }
}

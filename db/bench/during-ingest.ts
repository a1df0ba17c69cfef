// Latency of a page while the whole history is ingested into the database it reads: the ingest
// runs as its own process (as the scheduler runs it) and readers keep reading through WAL.
import { spawn } from "node:child_process";
import path from "node:path";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import { sampleSequential, timeRequest } from "./time-request";

export interface DuringIngest {
  idle: number[];
  during: number[];
  ingestSeconds: number;
}

export async function latencyDuringIngest(url: string, dbPath: string): Promise<DuringIngest> {
  const idle = (await sampleSequential(url, 60)).ms;
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
  const during: number[] = [];
  while (!done) during.push((await timeRequest(url)).ms);
  const code = await exited;
  if (code !== 0) throw new Error(`the ingest during the measurement exited with ${code}`);
  return { idle, during, ingestSeconds: (performance.now() - t0) / 1000 };
}

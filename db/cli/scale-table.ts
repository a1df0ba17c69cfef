// The scale benchmark as a function (db/cli/bench-scale.ts runs it; bench:web may too): for each
// factor, build N× the history with db/cli/scale-history.ts, then per route start the
// production server afresh, time the first request (cold: nothing memoised in-process) and the
// median of sequential warm ones (rendered: nothing from the answer store). No assertions: numbers to compare across history sizes.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const SCALE_ROUTES = [
  "/api/gap",
  "/",
  "/leaderboard",
  "/compare?models=gpt-4o-2024-05-13,llama-3.1-405b-instruct-fp8,deepseek-r1",
] as const;

export interface ScaleOptions {
  factors: readonly number[];
  /** First of the ports the servers listen on (one at a time). */
  port: number;
  warmSamples: number;
  /** Where the databases are written (`scale-<factor>.db`). */
  dir: string;
  /** Keep and reuse an existing database of a factor instead of generating it again. */
  reuse: boolean;
  log: (line: string) => void;
}

export interface ScaleRow {
  factor: number;
  snapshots: number;
  /** Null when an existing database was reused. */
  ingestS: number | null;
  deriveS: number | null;
  dbMb: number;
  routes: { route: string; status: number; coldMs: number; warmMs: number; kb: number }[];
}

const tsx = path.join("node_modules", ".bin", "tsx");
const fileMb = (f: string) =>
  ["", "-wal"].reduce((n, s) => n + (existsSync(f + s) ? statSync(f + s).size : 0), 0) / 2 ** 20;

function buildHistory(file: string, factor: number): Pick<ScaleRow, "ingestS" | "deriveS"> {
  for (const s of ["", "-wal", "-shm", ".writer-lock"]) rmSync(file + s, { force: true });
  const r = spawnSync(tsx, ["db/cli/scale-history.ts", "--factor", String(factor)], {
    env: { ...process.env, DATABASE_PATH: file },
    encoding: "utf8",
  });
  const m = /ingest_ms=(\d+) derive_ms=(\d+)/.exec(r.stdout);
  if (r.status !== 0 || !m) throw new Error(`scale-history failed:\n${r.stdout}\n${r.stderr}`);
  return { ingestS: Number(m[1]) / 1000, deriveS: Number(m[2]) / 1000 };
}

function countSnapshots(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM snapshots").pluck().get() as number;
  } finally {
    db.close();
  }
}

// Warm requests ask for a render (no-cache), or the server's answer store would replay them.
const RENDER = { "cache-control": "no-cache" };

async function timed(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ ms: number; status: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status, bytes: body.byteLength };
}

/** A static file answers once Next is listening; the routes under test stay untouched. */
async function startServer(file: string, port: number): Promise<ChildProcess> {
  const server = spawn(tsx, ["db/cli/start.ts", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_PATH: file,
      INGEST_CRON: "off",
      OPENGAP_SKIP_BUILD: "1",
      // Cold means cold: no background render of the same pages before the first request.
      OPENGAP_WARM_VIEWS: "0",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    const ok = await fetch(`http://127.0.0.1:${port}/icon.svg`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 300));
  }
  stopServer(server);
  throw new Error(`no server on 127.0.0.1:${port} within 2 minutes`);
}

function stopServer(server: ChildProcess): void {
  if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
}

export async function runScaleTable(opts: ScaleOptions): Promise<ScaleRow[]> {
  mkdirSync(opts.dir, { recursive: true });
  const rows: ScaleRow[] = [];
  for (const factor of opts.factors) {
    const file = path.resolve(opts.dir, `scale-${factor}.db`);
    const reused = opts.reuse && existsSync(file);
    opts.log(`${factor}×: ${reused ? "reusing" : "building"} ${file}`);
    const built = reused ? { ingestS: null, deriveS: null } : buildHistory(file, factor);
    const row: ScaleRow = {
      factor,
      snapshots: countSnapshots(file),
      ...built,
      dbMb: fileMb(file),
      routes: [],
    };
    // One fresh server per route: the gap view is memoised per data version and shared by
    // routes, so only a fresh process gives each route its own cold request.
    for (const [i, route] of SCALE_ROUTES.entries()) {
      const port = opts.port + (i % 2);
      const server = await startServer(file, port);
      try {
        const url = `http://127.0.0.1:${port}${route}`;
        const cold = await timed(url);
        const warm: number[] = [];
        for (let n = 0; n < opts.warmSamples; n++) warm.push((await timed(url, RENDER)).ms);
        warm.sort((a, b) => a - b);
        const warmMs = warm[Math.floor(warm.length / 2)] ?? NaN;
        row.routes.push({
          route,
          status: cold.status,
          coldMs: cold.ms,
          warmMs,
          kb: cold.bytes / 1024,
        });
        opts.log(`  ${route}: cold ${cold.ms.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms`);
      } finally {
        stopServer(server);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    rows.push(row);
  }
  return rows;
}

export function formatScaleTable(rows: readonly ScaleRow[]): string {
  const short = (r: string) => (r.startsWith("/compare") ? "/compare(3)" : r);
  const head = ["factor", "snapshots", "ingest s", "derive s", "DB MB"];
  for (const r of SCALE_ROUTES) head.push(`${short(r)} cold/warm ms`, "KB");
  const body = rows.map((r) => [
    `${r.factor}×`,
    String(r.snapshots),
    r.ingestS?.toFixed(1) ?? "—",
    r.deriveS?.toFixed(1) ?? "—",
    r.dbMb.toFixed(0),
    ...r.routes.flatMap((x) => [
      `${x.coldMs.toFixed(0)} / ${x.warmMs.toFixed(0)}${x.status === 200 ? "" : ` (${x.status})`}`,
      x.kb.toFixed(0),
    ]),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join("  ");
  return [line(head), ...body.map(line)].join("\n");
}

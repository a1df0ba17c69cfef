// npm run bench:web: whole-process benchmark of the production server. Seeds a fresh database,
// starts `npm start` on it (127.0.0.1, its own port), warms every route, then reports per route
// the median and p99 of sequential requests, uncached and from the validator path (a 304), the
// ratio to a static asset of the same run, HTML bytes and first-load JavaScript; then `/` under
// load (direct, and through the nginx recipe), during a full ingest, and the history-scale table.
// No assertions: numbers to compare (README "Performance"). `--quick` skips the scale table.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { latencyDuringIngest } from "@/db/bench/during-ingest";
import { runLoad, type LoadResult } from "@/db/bench/load";
import { formatTable, quantile, sleep, waitReady } from "@/db/bench/stats";
import { firstLoadJs, sampleSequential } from "@/db/bench/time-request";
import { measureTopology } from "@/db/bench/measure-topology";
import { formatScaleTable, runScaleTable } from "./scale-table";

// Fixed, so runs compare: ports apart from the dev and e2e ones, 40 samples per route.
const PORT = 3390;
const BASE = `http://127.0.0.1:${PORT}`;
const SAMPLES = 40;
const ROUTES = [
  "/icon.svg",
  "/",
  "/api/gap",
  "/leaderboard",
  "/compare?models=gpt-4o-2024-05-13,llama-3.1-405b-instruct-fp8,deepseek-r1",
  "/wizard?step=result&task=coding&priv=1&lic=commercial&gpus=2&speed=20",
  "/models/gpt-4o-2024-05-13",
  "/metrics",
  "/status",
];
// What a browser sends; compressed bodies are what a real visitor costs the server and the cache.
const BROWSER = { "accept-encoding": "gzip, deflate, br" };

const ms = (x: number) => x.toFixed(1);

const RENDER = { "cache-control": "no-cache" };

async function routeTable(): Promise<string> {
  const rows: string[][] = [];
  let staticMedian = NaN;
  for (const route of ROUTES) {
    const url = `${BASE}${route}`;
    const rendered = await sampleSequential(url, SAMPLES, RENDER);
    const stored = await sampleSequential(url, SAMPLES);
    const etag = stored.last.etag;
    const valid = etag ? await sampleSequential(url, SAMPLES, { "if-none-match": etag }) : null;
    const med = quantile(rendered.ms, 0.5);
    if (route === "/icon.svg") staticMedian = med;
    const x = (v: number) => `${ms(v)} (${(v / staticMedian).toFixed(1)}×)`;
    const html = rendered.last.body.startsWith("<!DOCTYPE") ? rendered.last.body : null;
    rows.push([
      route.length > 40 ? `${route.slice(0, 39)}…` : route,
      String(rendered.last.status),
      x(med),
      ms(quantile(rendered.ms, 0.99)),
      x(quantile(stored.ms, 0.5)),
      valid ? `${valid.last.status} ${x(quantile(valid.ms, 0.5))}` : "—",
      (Buffer.byteLength(rendered.last.body) / 1024).toFixed(0),
      html ? ((await firstLoadJs(html, BASE)) / 1024).toFixed(0) : "—",
    ]);
  }
  const head = ["route", "status", "rendered ms (× static)", "p99", "stored ms", "validator ms"];
  head.push("body KB", "JS gz KB");
  return formatTable(head, rows);
}

const loadLine = (label: string, r: LoadResult) =>
  `${label.padEnd(44)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(r.p50)} ms  p99 ${ms(r.p99)} ms  (${r.tool})`;

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  console.log(
    `${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, load ${os.loadavg()[0]?.toFixed(1)}`,
  );
  const dir = mkdtempSync(path.join(tmpdir(), "opengap-bench-web-"));
  const dbPath = path.join(dir, "bench.db");
  const server = spawn(
    path.join("node_modules", ".bin", "tsx"),
    ["db/cli/start.ts", "-p", String(PORT)],
    {
      env: { ...process.env, DATABASE_PATH: dbPath, INGEST_CRON: "off" },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  try {
    await waitReady(`${BASE}/icon.svg`, 300_000);
    // Let the start-up warm-up (six pages rendered in the background) finish first.
    await sleep(5_000);
    console.log(`bench:web, ${SAMPLES} sequential requests per route after 3 warm-ups`);
    console.log(
      "(rendered: Cache-Control: no-cache, every answer rendered; stored: a plain repeat, replayed\n from the server's store; validator: If-None-Match → 304 from the proxy)",
    );
    console.log(await routeTable());
    console.log("\n/ at 20 connections for 10 s, one server, no nginx:");
    const load = (headers: Record<string, string>) =>
      runLoad(`${BASE}/`, { connections: 20, seconds: 10, headers });
    console.log(loadLine("  as a browser asks (gzip)", await load(BROWSER)));
    console.log(loadLine("  no compression", await load({})));
    const rendered = await load({ ...BROWSER, ...RENDER });
    console.log(loadLine("  every request rendered (no-cache, gzip)", rendered));
    // Twice: the first full ingest after a fresh seed rewrites what the seed stored differently
    // (each write a commit that moves the data version); the second finds nothing new, like most
    // scheduled runs, and costs parsing and comparing only.
    for (const label of ["first full ingest after the seed", "the same full ingest again"]) {
      const ingest = await latencyDuringIngest(`${BASE}/`, dbPath);
      console.log(
        `\n/ during ${label} (${ingest.ingestSeconds.toFixed(0)} s, ${ingest.commits} commits, ${ingest.during.plain.length} request pairs):`,
      );
      for (const mode of ["plain", "rendered"] as const) {
        const [idle, during] = [ingest.idle[mode], ingest.during[mode]];
        const [i99, d99] = [quantile(idle, 0.99), quantile(during, 0.99)];
        console.log(
          `  ${mode.padEnd(9)} p99 ${ms(d99)} ms against ${ms(i99)} ms idle (${(d99 / i99).toFixed(2)}×); median ${ms(quantile(during, 0.5))} against ${ms(quantile(idle, 0.5))} ms`,
        );
      }
    }
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
  try {
    const topo = await measureTopology(dbPath, path.join(dir, "nginx"), BROWSER);
    console.log(
      "\nThe scale-out recipe (nginx + 2 servers on one SQLite file), / at 20 connections:",
    );
    console.log(loadLine("  through nginx, no compression", topo.identity));
    console.log(loadLine("  through nginx, as a browser asks (gzip)", topo.gzip));
    console.log(
      `  new data through nginx after an ingest: ${topo.freshAfterMs.toFixed(0)} ms after the ingest ended`,
    );
    if (!quick) {
      console.log("\nHistory scale (db/cli/scale-history.ts; data/scale/ keeps the databases):");
      const rows = await runScaleTable({
        factors: [1, 3, 10],
        port: 3410,
        warmSamples: 20,
        dir: "data/scale",
        reuse: true,
        log: () => undefined,
      });
      console.log(formatScaleTable(rows));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();

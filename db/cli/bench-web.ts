// npm run bench:web: whole-process benchmark of the production server. Seeds a fresh database,
// starts `npm start` on it (127.0.0.1, its own port), warms every route, then times sequential
// requests and reports per route the median and p99, the ratio to a static asset measured in the
// same run, HTML bytes and first-load JavaScript (gzipped). No assertions: numbers to compare.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

// Fixed, so runs compare: a port apart from the dev and e2e ports, 40 samples per route.
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

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

async function time(url: string): Promise<{ ms: number; body: string; status: number }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  return { ms: performance.now() - t0, body, status: res.status };
}

/** Sum of the gzipped sizes of the scripts a page loads (the framework's and the route's). */
async function firstLoadJs(html: string): Promise<number> {
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  let total = 0;
  for (const src of new Set(srcs)) {
    const res = await fetch(new URL(src, BASE));
    total += gzipSync(Buffer.from(await res.arrayBuffer())).length;
  }
  return total;
}

async function waitReady(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/icon.svg`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer on ${BASE} within the deadline`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "opengap-bench-web-"));
  const server = spawn(
    path.join("node_modules", ".bin", "tsx"),
    ["db/cli/start.ts", "-p", String(PORT)],
    {
      env: { ...process.env, DATABASE_PATH: path.join(dir, "bench.db"), INGEST_CRON: "off" },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  try {
    await waitReady(Date.now() + 300_000);
    const rows: string[][] = [];
    let staticMedian = NaN;
    for (const route of ROUTES) {
      for (let i = 0; i < 3; i++) await time(`${BASE}${route}`);
      const samples: number[] = [];
      let last = { ms: 0, body: "", status: 0 };
      for (let i = 0; i < SAMPLES; i++) {
        last = await time(`${BASE}${route}`);
        samples.push(last.ms);
      }
      const med = quantile(samples, 0.5);
      if (route === "/icon.svg") staticMedian = med;
      const html = last.body.startsWith("<!DOCTYPE") ? last.body : null;
      rows.push([
        route.length > 40 ? `${route.slice(0, 39)}…` : route,
        String(last.status),
        med.toFixed(1),
        quantile(samples, 0.99).toFixed(1),
        (med / staticMedian).toFixed(1),
        (Buffer.byteLength(last.body) / 1024).toFixed(0),
        html ? ((await firstLoadJs(html)) / 1024).toFixed(0) : "—",
      ]);
    }
    const head = ["route", "status", "median ms", "p99 ms", "× static", "body KB", "JS gz KB"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (r: string[]) =>
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
    console.log(`bench:web, ${SAMPLES} sequential requests per route after 3 warm-ups, uncached`);
    console.log(line(head));
    for (const r of rows) console.log(line(r));
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();

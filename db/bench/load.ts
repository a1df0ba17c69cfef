// Closed-loop load at a fixed number of connections for a fixed time: wrk (Debian's package)
// when installed, since a C client leaves the CPU to the server; else the same loop in Node.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import { quantile } from "./stats";

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  tool: "wrk" | "node";
}

const WRK = "/usr/bin/wrk";
const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000 };

export function runLoad(
  url: string,
  opts: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  return existsSync(WRK) ? Promise.resolve(runWrk(url, opts)) : runNode(url, opts);
}

function runWrk(
  url: string,
  opts: { connections: number; seconds: number; headers?: Record<string, string> },
): LoadResult {
  const headerArgs = Object.entries(opts.headers ?? {}).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
  const out = execFileSync(
    WRK,
    [
      "-t1",
      `-c${opts.connections}`,
      `-d${opts.seconds}s`,
      "--timeout",
      "10s",
      "--latency",
      ...headerArgs,
      url,
    ],
    { encoding: "utf8" },
  );
  const ms = (label: string) => {
    const m = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(out);
    return m ? Number(m[1]) * (UNIT_MS[m[2] ?? "ms"] ?? 1) : NaN;
  };
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  if (non2xx) throw new Error(`${url}: ${non2xx[1]} error answers under load`);
  const timeouts = /timeout (\d+)/.exec(out);
  if (timeouts && Number(timeouts[1]) > 0)
    throw new Error(`${url}: ${timeouts[1]} requests over 10 s`);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    p50: ms("50%"),
    p99: ms("99%"),
    tool: "wrk",
  };
}

async function runNode(
  url: string,
  opts: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const end = Date.now() + opts.seconds * 1000;
  const latencies: number[] = [];
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const t0 = performance.now();
      http
        .get(url, { agent, headers: opts.headers }, (res) => {
          res.on("data", () => undefined);
          res.on("end", () => {
            if ((res.statusCode ?? 0) >= 400) reject(new Error(`${url}: ${res.statusCode}`));
            latencies.push(performance.now() - t0);
            resolve();
          });
        })
        .on("error", reject);
    });
  const worker = async () => {
    while (Date.now() < end) await one();
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  agent.destroy();
  return {
    rps: latencies.length / opts.seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    tool: "node",
  };
}

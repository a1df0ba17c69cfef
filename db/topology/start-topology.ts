// The scale-out recipe, started on 127.0.0.1: nginx (Debian's package) as load balancer and
// shared cache in front of production servers that read one SQLite file through WAL. Exactly
// one of them schedules ingests (the writer); the others run with INGEST_CRON=off.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildNginxConf } from "./nginx-conf";

export interface TopologyOptions {
  /** The database every server reads; prepared (migrated, seeded) before the servers start. */
  dbPath: string;
  /** Folder for nginx's configuration, logs and cache. */
  dir: string;
  nginxPort: number;
  serverPorts: number[];
  /** The writer's schedule (default: the app's own); every other server never schedules. */
  writerCron?: string;
  nginxBin?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Topology {
  base: string;
  servers: string[];
  stop(): Promise<void>;
}

export async function startTopology(opts: TopologyOptions): Promise<Topology> {
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const c of children) if (c.pid && c.exitCode === null) killGroup(c.pid);
    await Promise.all(children.map((c) => (c.exitCode === null ? once(c) : null)));
  };
  try {
    // The writer first: it migrates and seeds an empty file, so readers never start on half of it.
    const servers: string[] = [];
    for (const [i, port] of opts.serverPorts.entries()) {
      const cron = i === 0 ? (opts.writerCron ?? process.env.INGEST_CRON ?? "0 */6 * * *") : "off";
      children.push(
        spawn(path.join("node_modules", ".bin", "tsx"), ["db/cli/start.ts", "-p", String(port)], {
          env: {
            ...process.env,
            ...opts.env,
            DATABASE_PATH: opts.dbPath,
            INGEST_CRON: cron,
            OPENGAP_SKIP_BUILD: "1",
          },
          stdio: ["ignore", "ignore", "inherit"],
          detached: true,
        }),
      );
      servers.push(`http://127.0.0.1:${port}`);
      await waitFor(`${servers[i]}/icon.svg`, 300_000);
    }
    for (const sub of ["tmp", "cache"]) mkdirSync(path.join(opts.dir, sub), { recursive: true });
    const conf = path.join(opts.dir, "nginx.conf");
    writeFileSync(
      conf,
      buildNginxConf({
        dir: opts.dir,
        listen: opts.nginxPort,
        upstreams: opts.serverPorts,
        runAsRoot: process.getuid?.() === 0,
      }),
    );
    const nginx = spawn(
      opts.nginxBin ?? "/usr/sbin/nginx",
      ["-p", opts.dir, "-c", conf, "-g", "daemon off;"],
      { stdio: ["ignore", "ignore", "inherit"], detached: true },
    );
    children.push(nginx);
    const failed = new Promise<never>((_, reject) =>
      nginx.on("error", (e) =>
        reject(
          new Error(`nginx could not start (${e.message}): install it with apt-get install nginx`),
        ),
      ),
    );
    const base = `http://127.0.0.1:${opts.nginxPort}`;
    await Promise.race([waitFor(`${base}/icon.svg`, 30_000), failed]);
    return { base, servers, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // already gone
  }
}

const once = (c: ChildProcess) => new Promise((r) => c.once("exit", r));

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

// npm run test:faults [-- --quick]: crashes ingests on purpose (kill -9 at chosen and random
// points), runs two at once, and checks that the database always converges to what one clean
// run produces. Bounded: every child has a timeout; everything stays in a temp folder.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../client";
import { canonicalDump, type CanonicalDump } from "../writer/canonical-dump";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    random: { type: "string", default: "8" },
    sources: {
      type: "string",
      default: "lmsys-hf-tables,lmsys-elo-history,lmarena-daily-csv,arena-ai-daily,models-dev",
    },
  },
});
const SOURCES = values.sources;
const CHOSEN = ["snapshot:1", "snapshot:60", "before-rebuild", "mid-rebuild"];
const RANDOM_KILLS = values.quick ? 1 : Number(values.random);
const CHILD_TIMEOUT_MS = 120_000;
const work = mkdtempSync(path.join(tmpdir(), "opengap-faults-"));
const tally = { passed: 0, failed: 0 };

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  output: string;
}

function ingest(db: string, extra: { fault?: string; killAfterMs?: number; wait?: number } = {}) {
  const args = ["--import", "tsx", "db/cli/ingest.ts", "--dir", SHARED_DATA_DIR];
  args.push("--source", SOURCES, "--wait", String(extra.wait ?? 120));
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DATABASE_PATH: db, OPENGAP_FAULT_AT: extra.fault ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += String(c)));
  child.stderr.on("data", (c: Buffer) => (output += String(c)));
  const started = performance.now();
  const timers = [setTimeout(() => child.kill("SIGKILL"), CHILD_TIMEOUT_MS)];
  if (extra.killAfterMs !== undefined)
    timers.push(setTimeout(() => child.kill("SIGKILL"), extra.killAfterMs));
  return new Promise<Run>((resolve) =>
    child.on("exit", (code, signal) => {
      timers.forEach(clearTimeout);
      resolve({ code, signal, ms: performance.now() - started, output });
    }),
  );
}

function inspect(file: string): { dump: CanonicalDump; integrity: string; partial: number } {
  const db = openDatabase(file);
  try {
    const integrity = String(db.$client.pragma("integrity_check", { simple: true }));
    // Killed before the first migration ran: an empty file, nothing partial in it.
    const hasTables = db.$client
      .prepare("SELECT count(*) FROM sqlite_master WHERE name = 'snapshots'")
      .pluck()
      .get() as number;
    if (!hasTables) return { dump: { digest: "empty", tables: {} }, integrity, partial: 0 };
    const partial = db.$client
      .prepare(
        `SELECT count(*) FROM snapshots n
         WHERE n.score_count != (SELECT count(*) FROM scores s WHERE s.snapshot_id = n.id)`,
      )
      .pluck()
      .get() as number;
    return { dump: canonicalDump(db), integrity, partial };
  } finally {
    db.$client.close();
  }
}

function check(label: string, ok: boolean, detail = ""): boolean {
  if (ok) tally.passed++;
  else tally.failed++;
  console.log(`${ok ? "✓" : "✗"} ${label}${detail ? `  ${detail}` : ""}`);
  return ok;
}

function diffTables(a: CanonicalDump, b: CanonicalDump): string {
  return Object.keys(a.tables)
    .filter((t) => a.tables[t]?.digest !== b.tables[t]?.digest)
    .map((t) => `${t} (${a.tables[t]?.rows} vs ${b.tables[t]?.rows} rows)`)
    .join(", ");
}

async function main(): Promise<void> {
  console.log(`Fault tests in ${work} over sources ${SOURCES}`);
  const cleanDb = path.join(work, "clean.db");
  const clean = await ingest(cleanDb);
  if (!check("clean run succeeds", clean.code === 0, clean.output.split("\n").slice(-3).join(" ")))
    return;
  const reference = inspect(cleanDb).dump;
  console.log(
    `  clean run: ${(clean.ms / 1000).toFixed(1)} s, dump ${reference.digest.slice(0, 12)}`,
  );
  // A second clean run on the same file changes nothing: the reference is a fixed point.
  await ingest(cleanDb);
  check(
    "a repeated clean run leaves the dump unchanged",
    inspect(cleanDb).dump.digest === reference.digest,
  );

  const summary = { kills: 0, converged: 0, partial: 0, integrityErrors: 0 };
  const scenarios = [
    ...CHOSEN.map((fault) => ({ label: `kill at ${fault}`, fault, killAfterMs: undefined })),
    ...Array.from({ length: RANDOM_KILLS }, (_, i) => {
      const at = Math.round(300 + Math.random() * Math.max(300, clean.ms - 300));
      return { label: `kill after ${at} ms (random ${i + 1})`, fault: undefined, killAfterMs: at };
    }),
    {
      label: "two kills in a row (snapshot:30, then before-rebuild)",
      fault: "snapshot:30+before-rebuild",
      killAfterMs: undefined,
    },
  ];
  for (const [i, s] of scenarios.entries()) {
    const file = path.join(work, `fault-${i}.db`);
    const faults = s.fault?.split("+") ?? [undefined];
    for (const fault of faults) {
      const killed = await ingest(file, { fault, killAfterMs: s.killAfterMs });
      if (killed.signal === "SIGKILL") summary.kills++;
      const after = inspect(file);
      summary.partial += after.partial;
      if (after.integrity !== "ok") summary.integrityErrors++;
    }
    const repair = await ingest(file);
    const final = inspect(file);
    const same = repair.code === 0 && final.dump.digest === reference.digest;
    if (same) summary.converged++;
    check(
      `${s.label}: converges to the clean dump`,
      same,
      same ? "" : `differs in ${diffTables(reference, final.dump)}; exit ${repair.code}`,
    );
  }
  check("no partial snapshot after any kill", summary.partial === 0, `${summary.partial} partial`);
  check("integrity_check ok after every kill", summary.integrityErrors === 0);

  // Two writers at once: both wait their turn; or, without waiting, one says busy (exit 3).
  const twoDb = path.join(work, "two.db");
  const [a, b] = await Promise.all([ingest(twoDb), ingest(twoDb)]);
  const both = inspect(twoDb);
  check(
    "two concurrent ingests (waiting) both succeed in turn and equal the clean dump",
    a.code === 0 && b.code === 0 && both.dump.digest === reference.digest,
    `exits ${a.code}/${b.code}`,
  );
  const busyDb = path.join(work, "busy.db");
  const [c, d] = await Promise.all([ingest(busyDb, { wait: 0 }), ingest(busyDb, { wait: 0 })]);
  const codes = [c.code, d.code].sort();
  const busyOk = (codes[0] === 0 && codes[1] === 3) || (codes[0] === 0 && codes[1] === 0);
  const retry = codes.includes(3) ? await ingest(busyDb) : null;
  check(
    "two concurrent ingests (no waiting): one succeeds, the other reports busy (exit 3) and writes nothing; a retry converges",
    busyOk && inspect(busyDb).dump.digest === reference.digest && (retry?.code ?? 0) === 0,
    `exits ${codes.join("/")}`,
  );
  console.log(
    `\nFaults: ${summary.kills} kills, ${summary.converged} of ${scenarios.length} scenarios converged to the clean dump, ${summary.partial} partial snapshots, ${summary.integrityErrors} integrity errors; concurrent ingests: exits ${a.code}/${b.code} (waiting), ${codes.join("/")} (no waiting), 0 lost sources when equal to the clean dump.`,
  );
}

main()
  .catch((err: unknown) => {
    tally.failed++;
    console.error(err);
  })
  .finally(() => {
    rmSync(work, { recursive: true, force: true });
    console.log(`${tally.passed} passed, ${tally.failed} failed`);
    process.exit(tally.failed > 0 || tally.passed === 0 ? 1 : 0);
  });

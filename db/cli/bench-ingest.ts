// npm run bench:ingest — whole-process benchmark of the ingest CLI over ../shared/data:
// a full load into an empty database, then the same again (the no-op path). Repeats each and
// reports the median, so runs on the same machine are comparable.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import { getSettings } from "@/lib/settings";

const REPEATS = getSettings().BENCH_REPEATS;

interface Sample {
  seconds: number;
  rows: number;
  peakMb: number;
}

function runIngest(dbPath: string): Sample {
  const started = process.hrtime.bigint();
  const r = spawnSync(
    path.join("node_modules", ".bin", "tsx"),
    ["db/cli/ingest.ts", "--dir", SHARED_DATA_DIR],
    {
      env: { ...process.env, DATABASE_PATH: dbPath },
      encoding: "utf8",
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`ingest failed:\n${r.stdout}\n${r.stderr}`);
  const m = /rows=(\d+) peak_rss_mb=(\d+)/.exec(r.stdout);
  return { seconds, rows: Number(m?.[1] ?? 0), peakMb: Number(m?.[2] ?? 0) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const full: Sample[] = [];
const noop: Sample[] = [];
for (let i = 0; i < REPEATS; i++) {
  const dir = mkdtempSync(path.join(tmpdir(), "opengap-bench-"));
  const db = path.join(dir, "bench.db");
  full.push(runIngest(db));
  noop.push(runIngest(db));
  rmSync(dir, { recursive: true, force: true });
}

const report = (label: string, samples: Sample[], target: number) => {
  const s = median(samples.map((x) => x.seconds));
  const rows = samples[0]?.rows ?? 0;
  console.log(
    `${label.padEnd(22)} wall ${s.toFixed(2)} s (target < ${target} s)  ${Math.round(rows / s)} rows/s  peak ${median(samples.map((x) => x.peakMb))} MB  [${samples.map((x) => x.seconds.toFixed(2)).join(", ")}]`,
  );
};
console.log(`bench:ingest over ${SHARED_DATA_DIR}, median of ${REPEATS} whole-process runs`);
report("full history (empty db)", full, 10);
report("no-op re-run", noop, 2);

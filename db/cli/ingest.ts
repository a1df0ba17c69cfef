// npm run ingest -- [--source NAME[,NAME…]] [--url URL | --dir DIR] [--dry-run] [--wait SECONDS]
import { setPriority } from "node:os";
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { openDatabase, resolveDatabasePath } from "../client";
import { migrateDatabase } from "../migrate";
import { getSettings } from "@/lib/settings";
import { runIngest, selectAdapters, type SourceOutcome } from "../run-ingest";

const HELP = `Usage: npm run ingest -- [--source NAME[,NAME…]] [--url URL | --dir DIR] [--dry-run] [--wait SECONDS]

  --source   only these sources (default: every source the mode can read)
  --url      base URL for one source (a mirror); overrides its OPENGAP_URL_* variable
  --dir      read a local folder laid out like ../shared/data instead of fetching
  --dry-run  fetch and parse, report what would be written, write nothing
  --wait     how long to wait for another ingest writing the same database (default 300)
Writes to DATABASE_PATH (default ./data/opengap.db). Exits 1 when any source failed, 3 when
another ingest kept the database busy past --wait (nothing was written).`;

const TRIGGERS = ["cli", "schedule", "admin"] as const;

/**
 * Parsing a whole history is CPU work that can wait; a reader's request cannot. On 2 cores a
 * full ingest at normal priority raised the server's p99 up to 2.2× idle (npm run bench:web).
 */
function yieldCpu(): void {
  const nice = getSettings().OPENGAP_INGEST_NICE;
  if (nice === 0) return;
  try {
    setPriority(0, nice);
  } catch (err) {
    console.warn(`Could not lower this ingest's CPU priority: ${(err as Error).message}`);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      source: { type: "string", multiple: true },
      url: { type: "string" },
      dir: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      wait: { type: "string", default: "300" },
      // Set by the server when it runs an ingest in this child process (db/spawn-ingest.ts).
      trigger: { type: "string", default: "cli" },
      batch: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.url && values.dir) throw new Error("Use either --url or --dir, not both.");
  yieldCpu();
  const waitSeconds = Number(values.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0)
    throw new Error(`--wait takes a number of seconds, not "${values.wait}".`);
  const trigger = TRIGGERS.find((t) => t === values.trigger);
  if (!trigger) throw new Error(`--trigger must be one of ${TRIGGERS.join(", ")}.`);
  const sources = values.source?.flatMap((s) => s.split(",")).filter(Boolean);
  const adapters = selectAdapters(sources);

  const file = resolveDatabasePath();
  const db = openDatabase(file);
  migrateDatabase(db);
  const bar = process.stdout.isTTY
    ? new SingleBar(
        { format: "{bar} {value}/{total} sources | {source} {phase}", hideCursor: true },
        Presets.shades_classic,
      )
    : null;
  bar?.start(adapters.length, 0, { source: "", phase: "" });
  let done = 0;
  const outcomes = await runIngest(db, {
    sources,
    url: values.url,
    dir: values.dir,
    dryRun: values["dry-run"],
    trigger,
    batchId: values.batch,
    lockWaitMs: waitSeconds * 1000,
    onProgress: (e) => {
      if (e.phase === "done") done++;
      bar?.update(done, { source: e.source, phase: e.phase });
    },
  });
  bar?.update(adapters.length);
  bar?.stop();
  db.$client.close();
  printSummary(outcomes, values["dry-run"] ? "dry run, nothing written" : file);
  if (outcomes.some((o) => o.status === "failed")) return 1;
  return outcomes.some((o) => o.status === "busy") ? 3 : 0;
}

function printSummary(outcomes: SourceOutcome[], target: string): void {
  const rows = outcomes.map((o) => ({
    source: o.source,
    status: o.skipped ? "skipped" : o.status,
    files: o.files,
    parsed: o.snapshotsParsed,
    added: o.snapshotsAdded + o.snapshotsUpdated,
    unchanged: o.snapshotsUnchanged,
    rows: o.rowsAdded || o.rowsParsed,
    seconds: (o.ms / 1000).toFixed(2),
    note: o.error ?? o.skipped ?? "",
  }));
  console.log(`\nIngest summary (${target})`);
  console.table(rows);
  const total = outcomes.reduce((n, o) => n + (o.rowsAdded || o.rowsParsed), 0);
  // One machine-readable line for db/cli/bench-ingest.ts (maxRSS is in kilobytes).
  console.log(`rows=${total} peak_rss_mb=${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);

// npm run ingest -- [--source NAME[,NAME…]] [--url URL | --dir DIR] [--dry-run]
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { openDatabase, resolveDatabasePath } from "../client";
import { migrateDatabase } from "../migrate";
import { runIngest, selectAdapters, type SourceOutcome } from "../run-ingest";

const HELP = `Usage: npm run ingest -- [--source NAME[,NAME…]] [--url URL | --dir DIR] [--dry-run]

  --source   only these sources (default: every source the mode can read)
  --url      base URL for one source (a mirror); overrides its OPENGAP_URL_* variable
  --dir      read a local folder laid out like ../shared/data instead of fetching
  --dry-run  fetch and parse, report what would be written, write nothing
Writes to DATABASE_PATH (default ./data/opengap.db). Exits 1 when any source failed.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      source: { type: "string", multiple: true },
      url: { type: "string" },
      dir: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.url && values.dir) throw new Error("Use either --url or --dir, not both.");
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
    trigger: "cli",
    onProgress: (e) => {
      if (e.phase === "done") done++;
      bar?.update(done, { source: e.source, phase: e.phase });
    },
  });
  bar?.update(adapters.length);
  bar?.stop();
  db.$client.close();
  printSummary(outcomes, values["dry-run"] ? "dry run, nothing written" : file);
  return outcomes.some((o) => o.status === "failed") ? 1 : 0;
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

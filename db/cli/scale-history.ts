// DATABASE_PATH=<file> npx tsx db/cli/scale-history.ts --factor N
// Builds a database holding the bundled history N times, for db/cli/bench-scale.ts: the real
// history unchanged, plus N − 1 copies, each shifted back by one whole span of the history and
// with every model renamed, written through the real writer (one run per source, derived
// rebuild once), so ingest time, file size and page cost are measured on N× the snapshots.
//
// Shifted back rather than interleaved: that is how history really grows (same snapshots per
// week, more weeks), so windowed steps (stitching, pairing sources within 14 days) keep their
// real density and only the length of the timeline grows. "Today" stays the real newest board.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { addDays, daysBetween, todayIso } from "@/lib/dates/iso-date";
import { checkPlausible } from "@/lib/ingest/check-plausible";
import { SOURCE_ADAPTERS } from "@/lib/ingest/registry";
import { decodeSeed } from "@/lib/ingest/seed-format";
import type { ModelFact, ParsedSnapshot } from "@/lib/ingest/types";
import { openDatabase, resolveDatabasePath } from "../client";
import { ingestSnapshots } from "../ingest";
import { migrateDatabase } from "../migrate";
import { SEED_DIR } from "../seed";
import { loadMetricSeedsLocked } from "../seed-metrics";
import { rebuildDerivedIfStale } from "../writer/rebuild-derived";
import { withWriterLock } from "../writer/writer-lock";

/** Copy `k` of a model: a distinct model (suffix survives toModelSlug), never a re-rating. */
const rename = (name: string, k: number) => (k === 0 ? name : `${name} h${k}`);

function copySnapshot(s: ParsedSnapshot, k: number, shiftDays: number): ParsedSnapshot {
  const back = (d: string) => (k === 0 ? d : addDays(d, -k * shiftDays));
  const fact = (f: ModelFact): ModelFact => ({
    ...f,
    name: rename(f.name, k),
    aliases: f.aliases.map((a) => rename(a, k)),
    releaseDate: f.releaseDate && back(f.releaseDate),
  });
  return {
    ...s,
    publishedOn: back(s.publishedOn),
    origin: k === 0 ? s.origin : `${s.origin} (scale copy ${k})`,
    scores: s.scores.map((r) => ({ ...r, model: rename(r.model, k) })),
    models: s.models.map(fact),
  };
}

function main(): void {
  const { values } = parseArgs({ options: { factor: { type: "string", default: "1" } } });
  const factor = Number(values.factor);
  if (!Number.isInteger(factor) || factor < 1 || factor > 20)
    throw new Error(`--factor takes a whole number from 1 to 20, not "${values.factor}".`);
  const started = performance.now();
  const present = new Set(readdirSync(SEED_DIR));
  const seeds = SOURCE_ADAPTERS.filter((a) => present.has(`${a.info.slug}.json.gz`)).map((a) => ({
    info: a.info,
    snapshots: decodeSeed(
      JSON.parse(
        gunzipSync(readFileSync(path.join(SEED_DIR, `${a.info.slug}.json.gz`))).toString(),
      ),
    ).snapshots,
  }));
  const dates = seeds.flatMap((s) => s.snapshots.map((x) => x.publishedOn)).sort();
  // One whole span (plus a week's gap), so copies never overlap each other or the real history.
  const shiftDays = daysBetween(dates[0] ?? todayIso(), dates.at(-1) ?? todayIso()) + 7;
  const file = resolveDatabasePath();
  const db = openDatabase(file);
  migrateDatabase(db);
  const today = todayIso();
  const written = withWriterLock(db, 0, () => {
    let snapshots = 0;
    for (const { info, snapshots: real } of seeds) {
      const all = Array.from({ length: factor }, (_, k) =>
        real.map((s) => copySnapshot(s, k, shiftDays)),
      ).flat();
      checkPlausible(info.slug, all, today, { shiftedBackDays: (factor - 1) * shiftDays });
      const r = ingestSnapshots(db, info, all, "seed");
      if (r.status === "failed") throw new Error(`${info.slug}: ${r.error ?? "failed"}`);
      snapshots += r.snapshotsAdded + r.snapshotsUpdated + r.snapshotsUnchanged;
    }
    loadMetricSeedsLocked(db, SEED_DIR, present);
    const ingestedMs = performance.now() - started;
    rebuildDerivedIfStale(db);
    return { snapshots, ingestedMs, derivedMs: performance.now() - started - ingestedMs };
  });
  db.$client.close();
  if (!written) throw new Error(`Another writer holds ${file}; nothing was generated.`);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `Wrote ${factor}× history (${written.snapshots} snapshots, shifted back ${shiftDays} days per copy) to ${file}: ingest ${s(written.ingestedMs)} s, derive ${s(written.derivedMs)} s`,
  );
  // One machine-readable line for db/cli/bench-scale.ts.
  console.log(
    `scale factor=${factor} snapshots=${written.snapshots} ingest_ms=${Math.round(written.ingestedMs)} derive_ms=${Math.round(written.derivedMs)}`,
  );
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}

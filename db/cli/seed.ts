// npm run db:seed: loads the bundled seed into DATABASE_PATH (safe to repeat).
import { openDatabase, resolveDatabasePath } from "../client";
import { migrateDatabase } from "../migrate";
import { loadSeedLocked } from "../seed";
import { withWriterLock } from "../writer/writer-lock";

const file = resolveDatabasePath();
const db = openDatabase(file);
migrateDatabase(db);
const started = performance.now();
const results = withWriterLock(db, 120_000, () => loadSeedLocked(db));
db.$client.close();
if (!results) {
  console.error(`Another ingest kept ${file} busy for 2 minutes; nothing was seeded.`);
  process.exit(2);
}
for (const r of results) {
  console.log(
    `${r.source.padEnd(22)} ${r.status.padEnd(8)} +${r.snapshotsAdded} snapshots, ${r.snapshotsUnchanged} unchanged, ${r.rowsAdded} rows${r.error ? `  ${r.error}` : ""}`,
  );
}
console.log(`Seeded ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (results.some((r) => r.status === "failed")) process.exitCode = 1;

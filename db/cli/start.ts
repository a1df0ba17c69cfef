// `npm start`: build when the sources are newer than the last build, migrate, seed an empty
// database from the bundled history, then serve with `next start`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { openDatabase, resolveDatabasePath } from "@/db/client";
import { prepareDatabase } from "@/db/seed";
import { getSettings, readServeAddress, type ServeAddress } from "@/lib/settings";

// `npm start -- -p 4000 -H 0.0.0.0`, else PORT/HOSTNAME: checked (with every other variable)
// before the build, so a typo fails in a second. 127.0.0.1 unless told otherwise.
let address: ServeAddress;
try {
  address = readServeAddress(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(2);
}
const { port, hostname } = address;

const BUILD_INPUTS = ["app", "components", "lib", "db", "public", "next.config.ts", "package.json"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((m, e) => Math.max(m, newestMtime(path.join(p, e))), st.mtimeMs);
}

function needsBuild(): boolean {
  const buildId = path.join(getSettings().NEXT_DIST_DIR, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((p) => newestMtime(p) > built);
}

const started = performance.now();
if (getSettings().OPENGAP_SKIP_BUILD !== "1" && needsBuild()) {
  console.log("Building (sources changed since the last build)…");
  const r = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const dbFile = resolveDatabasePath();
const db = openDatabase(dbFile);
// Waits up to a minute for a running ingest: the server must not start on half-derived data.
const prepared = prepareDatabase(db, 60_000);
db.$client.close();
if (prepared.kind === "seeded") {
  const failed = prepared.results.filter((r) => r.status === "failed");
  const n = prepared.results.length;
  console.log(`Seeded ${dbFile} from the bundled history (${n - failed.length}/${n} sources).`);
  for (const f of failed) console.error(`  seed for ${f.source} failed: ${f.error}`);
} else if (prepared.kind === "busy") {
  console.log(`Another ingest is writing ${dbFile}; serving what is committed meanwhile.`);
} else {
  console.log(
    `Using existing database ${dbFile}${prepared.rebuilt ? " (derived tables rebuilt)" : ""}.`,
  );
}
console.log(`Ready to serve after ${((performance.now() - started) / 1000).toFixed(1)} s.`);

// The server derives its default public origin (http://localhost:<PORT>) from PORT.
Object.assign(process.env, {
  PORT: String(port),
  HOSTNAME: hostname,
  NEXT_TELEMETRY_DISABLED: "1",
});
// Loaded only now: Next.js reads NODE_ENV and the variables above when its server module loads.
Object.assign(process.env, { NODE_ENV: "production" });
import("@/db/serve/serve")
  .then(({ serve }) => serve({ port, hostname }))
  .then(() => console.log(`Listening on http://${hostname}:${port}`))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });

// `npm start`: build when the sources are newer than the last build, migrate, seed an empty
// database from the bundled history, then serve with `next start`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { openDatabase, resolveDatabasePath } from "@/db/client";
import { prepareDatabase } from "@/db/seed";

const BUILD_INPUTS = ["app", "components", "lib", "db", "public", "next.config.ts", "package.json"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((m, e) => Math.max(m, newestMtime(path.join(p, e))), st.mtimeMs);
}

function needsBuild(): boolean {
  const buildId = path.join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((p) => newestMtime(p) > built);
}

const started = performance.now();
if (process.env.OPENGAP_SKIP_BUILD !== "1" && needsBuild()) {
  console.log("Building (sources changed since the last build)…");
  const r = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const dbFile = resolveDatabasePath();
const db = openDatabase(dbFile);
const seeded = prepareDatabase(db);
db.$client.close();
if (seeded) {
  const failed = seeded.filter((r) => r.status === "failed");
  console.log(
    `Seeded ${dbFile} from the bundled history (${seeded.length - failed.length}/${seeded.length} sources).`,
  );
  for (const f of failed) console.error(`  seed for ${f.source} failed: ${f.error}`);
} else {
  console.log(`Using existing database ${dbFile}.`);
}
console.log(`Ready to serve after ${((performance.now() - started) / 1000).toFixed(1)} s.`);

const port = process.env.PORT ?? "3000";
const child = spawn("npx", ["next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));

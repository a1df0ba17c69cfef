// `npm test`: lint, typecheck, unit + integration (vitest), build, end-to-end (Playwright in
// Debian's chromium). Ends with one line "N passed, N failed" summed over every step and test.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

interface Tally {
  passed: number;
  failed: number;
}
const total: Tally = { passed: 0, failed: 0 };
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  return r.status === 0;
}

function step(label: string, cmd: string, args: string[]): boolean {
  const ok = run(label, cmd, args);
  if (ok) total.passed++;
  else total.failed++;
  return ok;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

function countVitest(ok: boolean): void {
  const r = readJson("test-results/unit.json") as {
    numPassedTests?: number;
    numFailedTests?: number;
  } | null;
  if (!r) return void (ok ? total.passed++ : total.failed++);
  total.passed += r.numPassedTests ?? 0;
  total.failed += r.numFailedTests ?? 0;
  if (!ok && !r.numFailedTests) total.failed++;
}

function countPlaywright(ok: boolean): void {
  const r = readJson("test-results/e2e.json") as {
    stats?: { expected?: number; unexpected?: number; flaky?: number };
  } | null;
  if (!r?.stats) return void (ok ? total.passed++ : total.failed++);
  total.passed += (r.stats.expected ?? 0) + (r.stats.flaky ?? 0);
  total.failed += r.stats.unexpected ?? 0;
  if (!ok && !r.stats.unexpected) total.failed++;
}

/** A runner that prints its own "N passed, N failed" line last (db/cli/test-faults.ts). */
function countSummary(label: string, cmd: string, args: string[]): void {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  process.stdout.write(r.stdout ?? "");
  const m = /(\d+) passed, (\d+) failed\s*$/.exec(r.stdout ?? "");
  if (!m) return void total.failed++;
  total.passed += Number(m[1]);
  total.failed += Number(m[2]);
  if (r.status !== 0 && Number(m[2]) === 0) total.failed++;
}

rmSync("test-results", { recursive: true, force: true });
step("format", "npx", ["prettier", "--check", "."]);
// Next 16's route types (PageProps) must exist before type-aware lint and tsc read the pages.
step("route types", "npx", ["next", "typegen"]);
step("lint", "npx", ["eslint", "--max-warnings=0", "."]);
step("typecheck", "npx", ["tsc", "--noEmit"]);
countVitest(
  run("unit + integration", "npx", [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    "--outputFile=test-results/unit.json",
  ]),
);
countSummary("faults (kill -9, concurrent writers; the full loop is npm run test:faults)", "npx", [
  "tsx",
  "db/cli/test-faults.ts",
  "--quick",
]);
const built = step("build", "npx", ["next", "build"]);

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `\nNo browser at ${chromium}. Install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary; Playwright's own download is not used.`,
  );
  total.failed++;
} else if (!built) {
  console.error("\nSkipping end-to-end tests: the build failed.");
  total.failed++;
} else {
  countPlaywright(run("end-to-end", "npx", ["playwright", "test"]));
}

console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);

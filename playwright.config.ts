import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "./e2e/env";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// A fresh database per run, so every run exercises the seed-on-empty start-up path.
const E2E_DB = process.env.E2E_DB ?? "./data/e2e.db";
const OUTPUT = process.env.E2E_OUTPUT ?? "test-results";
const MIRROR_PORT = Number(process.env.E2E_MIRROR_PORT ?? 3101);
const MIRROR = `http://127.0.0.1:${MIRROR_PORT}`;

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // Separate output folders let parallel runs (E2E_OUTPUT=…) share one checkout.
  outputDir: `${OUTPUT}/artifacts`,
  reporter: [["list"], ["json", { outputFile: `${OUTPUT}/e2e.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: chromiumArgs,
    },
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: `npx tsx e2e/mirror-server.ts`,
      url: `${MIRROR}/arena-ai-leaderboards-oolong-tea/data/latest.json`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { MIRROR_PORT: String(MIRROR_PORT) },
    },
    {
      // The real start path (migrate + seed an empty database), against a throwaway database file.
      command: `rm -f ${E2E_DB}* && npx tsx db/cli/start.ts`,
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 180_000,
      reuseExistingServer: false,
      env: {
        PORT: String(PORT),
        // The browser reaches the server at 127.0.0.1, so links and cards should too.
        OPENGAP_PUBLIC_ORIGIN: `http://127.0.0.1:${PORT}`,
        DATABASE_PATH: E2E_DB,
        OPENGAP_SKIP_BUILD: "1",
        NEXT_TELEMETRY_DISABLED: "1",
        // A seconds-level schedule over two sources: one mirrored, one pointing at a missing file.
        INGEST_CRON: "*/4 * * * * *",
        // Each of those runs commits, and warming six pages every 4 s would only slow the suite;
        // e2e/fresh-data.spec.ts tests the warm-up on its own server.
        OPENGAP_WARM_VIEWS: "0",
        INGEST_SOURCES: "arena-ai-daily,lmsys-elo-wide",
        OPENGAP_URL_ARENA_AI_DAILY: `${MIRROR}/arena-ai-leaderboards-oolong-tea/data`,
        OPENGAP_URL_LMSYS_ELO_WIDE: `${MIRROR}/no-such-folder`,
        ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      },
    },
  ],
});

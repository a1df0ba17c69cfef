import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import Database from "better-sqlite3";
import { expect, test } from "./fixtures";
import { ingestNewBoard } from "../db/topology/write-new-board";

// A running `next start` must serve what a CLI ingest (another process) commits, on the very
// next request, with no restart: the caches key on SQLite's committed data version. This spec
// runs its own server on a copy of the e2e database, so the shared server's data stays as is.
const PORT = Number(process.env.E2E_FRESH_PORT ?? 3102);
const BASE = `http://127.0.0.1:${PORT}`;

let work: string;
let server: ChildProcess | null = null;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "opengap-fresh-"));
  const source = new Database(process.env.E2E_DB ?? "./data/e2e.db", { readonly: true });
  await source.backup(path.join(work, "fresh.db"));
  source.close();
  const stale = await fetch(BASE).catch(() => null);
  expect(stale, `something already listens on ${BASE}: stop it first`).toBeNull();
  // Its own process group: npx → tsx → the server, and a SIGTERM to npx alone leaves the server
  // holding the port (a later run would then test a stale server on a deleted database).
  // `npm start`'s server, so its store of rendered answers is under test too.
  server = spawn("npx", ["tsx", "db/cli/start.ts", "-p", String(PORT)], {
    env: {
      ...process.env,
      DATABASE_PATH: path.join(work, "fresh.db"),
      INGEST_CRON: "off",
      OPENGAP_SKIP_BUILD: "1",
    },
    stdio: "ignore",
    detached: true,
  });
  await expect(async () => {
    expect((await fetch(`${BASE}/api/gap?sc=1`)).status).toBe(200);
  }).toPass({ timeout: 60_000, intervals: [500] });
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  rmSync(work, { recursive: true, force: true });
});

// no-cache skips the server's store of rendered answers, so the card route itself answers.
const cardOrigin = async (query: string) => {
  const res = await fetch(`${BASE}/api/og/gap${query}`, {
    headers: { "cache-control": "no-cache" },
  });
  expect(res.headers.get("content-type")).toBe("image/png");
  return res.headers.get("x-opengap-card");
};

const latest = async () => {
  const body = (await (await fetch(`${BASE}/api/gap?sc=1`)).json()) as {
    series: { date: string; open: { slug: string } | null }[];
  };
  return body.series.at(-1);
};

test("a running server shows a CLI ingest's new board on the next request", async ({ page }) => {
  const before = await latest();
  // The browser's copy of the page, and its validator: unchanged data answers 304 without a body.
  const first = await page.goto(`${BASE}/?sc=1`);
  const oldEtag = (await first?.allHeaders())?.["etag"] ?? "";
  expect(oldEtag).toMatch(/^W\/"\d+-/);
  const cached = await fetch(`${BASE}/?sc=1`, { headers: { "if-none-match": oldEtag } });
  expect(cached.status).toBe(304);
  expect(await cached.text()).toBe("");
  await expect(page.getByTestId("gap-date")).not.toHaveText("2026-09-01");
  // A share card is drawn once per data version and address, then served from memory.
  expect(await cardOrigin("?sc=1&cat=overall")).toBe("rendered");
  expect(await cardOrigin("?cat=overall&sc=1")).toBe("memory");
  expect((before?.date ?? "") < "2026-09-01").toBe(true);
  const stdout = await ingestNewBoard(path.join(work, "fresh.db"), path.join(work, "data"));
  // The summary table (colours stripped: the runner forces them on) names the source's success.
  const summary = stripVTControlCharacters(stdout);
  expect(summary).toMatch(/'lmarena-dataset'\W+'success'/);
  // No waiting, no restart: the very next request answers from the new data.
  expect(await latest()).toMatchObject({ date: "2026-09-01", open: { slug: "e2e-open-frontier" } });
  // A reload revalidates with the old ETag (max-age=0) and must get the new page, not a 304.
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.isNavigationRequest())
      void r.allHeaders().then((h) => sent.push(h["if-none-match"] ?? ""));
  });
  const reloaded = await page.reload();
  expect(reloaded?.status()).toBe(200);
  expect(sent).toContain(oldEtag);
  expect((await reloaded?.allHeaders())?.["etag"]).not.toBe(oldEtag);
  await expect(page.getByTestId("gap-open-model")).toHaveText("e2e-open-frontier");
  expect(await cardOrigin("?sc=1&cat=overall")).toBe("rendered");
  // The server warms its most visited pages after the ingest on its own: a HEAD (never stored
  // by itself) finds /figures in the store although no one asked for it since the ingest.
  await expect
    .poll(
      async () =>
        (
          await fetch(`${BASE}/figures`, { method: "HEAD", headers: { "accept-encoding": "gzip" } })
        ).headers.get("x-opengap-store"),
      { timeout: 30_000 },
    )
    .toBe("hit");
  await expect(page.getByTestId("gap-date")).toHaveText("2026-09-01");
});

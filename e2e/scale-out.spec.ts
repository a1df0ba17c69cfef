import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "./fixtures";
import { startTopology, type Topology } from "../db/topology/start-topology";
import { NEW_BOARD, ingestNewBoard } from "../db/topology/write-new-board";

// The README's scale-out recipe, for real: nginx (Debian's package; CI installs it) as load
// balancer and shared cache in front of two production servers on one SQLite file, the first
// the only ingest writer. An ingest by another process must reach readers through the cache.
const FIRST_PORT = Number(process.env.E2E_SCALE_PORT ?? 3105);

let work: string;
let topology: Topology | null = null;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "opengap-scale-out-"));
  const source = new Database(process.env.E2E_DB ?? "./data/e2e.db", { readonly: true });
  await source.backup(path.join(work, "shared.db"));
  source.close();
  topology = await startTopology({
    dbPath: path.join(work, "shared.db"),
    dir: path.join(work, "nginx"),
    nginxPort: FIRST_PORT,
    serverPorts: [FIRST_PORT + 1, FIRST_PORT + 2],
    // The writer's schedule is yearly here, so no run starts in the middle of the test.
    writerCron: "0 0 1 1 *",
  });
});

test.afterAll(async () => {
  await topology?.stop();
  rmSync(work, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) =>
  fetch(`${topology?.base}${p}`, { headers });

test("nginx balances over both servers and serves repeats from its cache", async () => {
  const upstreams = new Set<string>();
  for (const cat of ["coding", "math", "creative-writing", "hard-prompts"]) {
    const res = await get(`/api/gap?cat=${cat}`);
    expect(res.status).toBe(200);
    upstreams.add(res.headers.get("x-upstream") ?? "");
  }
  expect([...upstreams].sort()).toEqual(
    topology?.servers.map((s) => s.replace("http://", "")).sort(),
  );
  await get("/?cat=coding");
  const again = await get("/?cat=coding");
  expect(again.headers.get("x-cache-status")).toBe("HIT");
  // Live state is never kept: every /status answer comes from a server.
  await get("/status");
  expect((await get("/status")).headers.get("x-cache-status")).not.toBe("HIT");
});

test("after an ingest, the next request through nginx gets the new data", async ({ page }) => {
  const before = await get("/?sc=1");
  expect(before.status).toBe(200);
  const oldEtag = before.headers.get("etag") ?? "";
  await ingestNewBoard(path.join(work, "shared.db"), path.join(work, "data"));
  // The cache keeps an answer for its s-maxage (1 s) before revalidating it with the ETag.
  await new Promise((r) => setTimeout(r, 1_100));
  const after = await get("/?sc=1");
  expect(after.headers.get("etag")).not.toBe(oldEtag);
  expect(await after.text()).toContain(NEW_BOARD.openModel);
  await page.goto(`${topology?.base}/?sc=1`);
  await expect(page.getByTestId("gap-date")).toHaveText(NEW_BOARD.date);
  await expect(page.getByTestId("gap-open-model")).toHaveText(NEW_BOARD.openModel);
});

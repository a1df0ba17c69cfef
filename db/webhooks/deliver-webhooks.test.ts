import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DetectedEvent } from "@/lib/events/event-kinds";
import { startTestServer, type Route } from "@/lib/ingest/http/start-test-server";
import { verifySignature } from "@/lib/webhooks/sign-payload";
import { openDatabase, type Db } from "../client";
import { storeEvents } from "../events/store-events";
import { migrateDatabase } from "../migrate";
import { webhookDeliveries } from "../schema";
import { deliverWebhooks } from "./deliver-webhooks";
import { upsertSubscription } from "./sync-file-subscriptions";

const SECRET = "retry-secret-0123456789";
const hits: Record<string, { at: number; ok: boolean }[]> = { flaky: [], down: [], slow: [] };
const record =
  (name: string, status: number): Route =>
  (req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const ok = verifySignature(
        SECRET,
        String(req.headers["x-opengap-timestamp"]),
        body,
        String(req.headers["x-opengap-signature"]),
      );
      hits[name]?.push({ at: Date.now(), ok });
      res.writeHead(status).end();
    });
  };
const routes: Record<string, Route> = {
  // 500 on the first try, then accepted.
  "/flaky": (req, res) => record("flaky", (hits.flaky?.length ?? 0) === 0 ? 500 : 200)(req, res),
  "/down": (req, res) => record("down", 500)(req, res),
  // Never answers: each try times out.
  "/slow": (req) => void hits.slow?.push({ at: Date.now(), ok: Boolean(req) }),
};

const dir = mkdtempSync(path.join(tmpdir(), "opengap-webhooks-"));
let server: Awaited<ReturnType<typeof startTestServer>>;
let db: Db;
const EVENT: DetectedEvent = {
  kind: "source-stale",
  source: "lmarena-dataset",
  view: null,
  snapshotDate: "2026-11-01",
  models: [],
  title: "LMArena has published nothing for 30 days",
  summary: "…",
  change: { before: "2026-11-01", after: "2026-12-01" },
};

beforeAll(async () => {
  server = await startTestServer(dir, routes);
  db = openDatabase(path.join(dir, "hooks.db"));
  migrateDatabase(db);
  for (const name of ["flaky", "down", "slow"])
    upsertSubscription(db, "api", {
      url: `${server.url}/${name}`,
      secret: SECRET,
      kinds: ["source-stale"],
      view: {},
    });
  // Wants another kind: gets nothing.
  upsertSubscription(db, "api", {
    url: `${server.url}/down?other`,
    secret: SECRET,
    kinds: ["open-record"],
    view: {},
  });
});
afterAll(async () => {
  await server.close();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("webhook delivery", () => {
  it("retries after a 500 with growing waits, gives up after the last attempt, logs why", async () => {
    expect(storeEvents(db, [EVENT], new Date().toISOString())).toBe(1);
    const opts = {
      attempts: 3,
      backoffMs: 40,
      timeoutMs: 300,
      origin: "http://x",
      budgetMs: 10_000,
    };
    const result = await deliverWebhooks(db, opts);
    expect(result).toEqual({ delivered: 1, failed: 2, pending: 0 });

    expect(hits.flaky?.map((h) => h.ok)).toEqual([true, true]);
    expect(hits.down?.map((h) => h.ok)).toEqual([true, true, true]);
    const [a, b, c] = hits.down?.map((h) => h.at) ?? [];
    expect(b! - a!).toBeGreaterThanOrEqual(40);
    expect(c! - b!).toBeGreaterThanOrEqual(80);
    expect(hits.slow).toHaveLength(3);

    const rows = db.select().from(webhookDeliveries).all();
    const byUrl = (name: string) =>
      rows.find((r) => r.subscriptionId === ["flaky", "down", "slow"].indexOf(name) + 1);
    expect(rows).toHaveLength(3);
    expect(byUrl("flaky")).toMatchObject({
      status: "delivered",
      attempts: 2,
      lastStatus: 200,
      lastError: null,
    });
    expect(byUrl("down")).toMatchObject({ status: "failed", attempts: 3, lastStatus: 500 });
    expect(byUrl("down")?.lastError).toMatch(
      /^gave up after 3 attempts: HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/down$/,
    );
    expect(byUrl("slow")?.lastError).toMatch(/gave up after 3 attempts: timed out after 300 ms/);
  });

  it("a later pass sends nothing more, and the same event stored again queues nothing", async () => {
    expect(storeEvents(db, [EVENT], new Date().toISOString())).toBe(0);
    const before = Object.values(hits).flat().length;
    await deliverWebhooks(db, {
      attempts: 3,
      backoffMs: 1,
      timeoutMs: 300,
      origin: "http://x",
      budgetMs: 1_000,
    });
    expect(Object.values(hits).flat().length).toBe(before);
  });
});

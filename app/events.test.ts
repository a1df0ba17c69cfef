// End to end on real SQLite and real HTTP (127.0.0.1): an ingest that adds a new open record
// makes one event, one feed entry and one signed webhook delivery; the same data again, none.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { runIngest } from "@/db/run-ingest";
import { events, webhookDeliveries } from "@/db/schema";
import { addDays, todayIso } from "@/lib/dates/iso-date";
import { startTestServer } from "@/lib/ingest/http/start-test-server";
import { verifySignature } from "@/lib/webhooks/sign-payload";
import { GET as getJson } from "./feed.json/route";
import { GET as getAtom } from "./feed.xml/route";

const dir = mkdtempSync(path.join(tmpdir(), "opengap-events-"));
process.env.DATABASE_PATH = path.join(dir, "events.db");
process.env.OPENGAP_WEBHOOKS_FILE = path.join(dir, "webhooks.json");
process.env.OPENGAP_WEBHOOK_BACKOFF_MS = "20";
process.env.OPENGAP_PUBLIC_ORIGIN = "https://opengap.example";
const SECRET = "test-secret-0123456789abcdef";

// Dates near today, a day apart: a daily source, neither stale nor from the future.
const D1 = addDays(todayIso(), -2);
const D2 = addDays(todayIso(), -1);
const HEADER = "key,Model,rating,License,Organization,date";
const row = (key: string, rating: number, licence: string, date: string) =>
  `${key},${key.toUpperCase()},${rating},${licence},Lab ${key},${date.replaceAll("-", "")}`;
const board = (date: string, extra: string[] = []) => [
  row("closed-one", 1300, "Proprietary", date),
  row("closed-two", 1250, "Proprietary", date),
  row("open-one", 1200, "Apache 2.0", date),
  ...extra,
];
// Just above open-one: a new record, yet the gap moves 5 points and months behind not at all.
const NEW_RECORD = (date: string) => row("open-two", 1205, "MIT", date);

const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
let receiver: Awaited<ReturnType<typeof startTestServer>>;
let db: Db;

const writeCsv = (lines: string[]) => {
  const folder = path.join(dir, "data", "chatbot-arena-history-jasontrigg0");
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "alltime.csv"), `${[HEADER, ...lines].join("\n")}\n`);
};
const ingest = () =>
  runIngest(db, { trigger: "test", sources: ["lmsys-elo-history"], dir: path.join(dir, "data") });
const feedOf = async (route: "feed.xml" | "feed.json", query = "") => {
  const GET = route === "feed.xml" ? getAtom : getJson;
  const res = GET(new NextRequest(`http://localhost/${route}${query}`));
  expect(res.status).toBe(200);
  return res.text();
};

beforeAll(async () => {
  receiver = await startTestServer(dir, {
    "/hook": (req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    },
  });
  const subs = [{ url: `${receiver.url}/hook`, secret: SECRET, view: { arena: "text" } }];
  writeFileSync(process.env.OPENGAP_WEBHOOKS_FILE as string, JSON.stringify(subs));
  db = openDatabase(process.env.DATABASE_PATH);
  migrateDatabase(db);
});
afterAll(async () => {
  await receiver.close();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("events from an ingest", () => {
  it("a first snapshot alone says nothing", async () => {
    writeCsv(board(D1));
    const [run] = await ingest();
    expect(run?.status).toBe("success");
    expect(db.select().from(events).all()).toEqual([]);
    expect(received).toEqual([]);
  });

  it("a new open record is one event, one feed entry and one signed delivery", async () => {
    writeCsv([...board(D1), ...board(D2, [NEW_RECORD(D2)])]);
    const [run] = await ingest();
    expect(run).toMatchObject({ status: "success", snapshotsAdded: 1 });

    const stored = db.select().from(events).all();
    expect(stored.map((e) => [e.kind, e.source, e.category, e.snapshotDate, e.models])).toEqual([
      ["open-record", "lmsys-elo-history", "overall", D2, "open-two"],
    ]);

    const atom = parseAtomFeed(await feedOf("feed.xml"));
    expect(atom.entries).toHaveLength(1);
    expect(atom.entries?.[0]?.title?.value).toContain("OPEN-TWO");
    expect(atom.entries?.[0]?.links?.[0]?.href).toBe(
      "https://opengap.example/?source=lmsys-elo-history",
    );
    const json = parseJsonFeed(JSON.parse(await feedOf("feed.json")));
    expect(json.items).toHaveLength(1);
    expect(json.items?.[0]?.id).toBe(atom.entries?.[0]?.id);
    // A custom definition of open replays the same detection over that view's own series.
    const custom = parseAtomFeed(await feedOf("feed.xml", "?open=open-osi"));
    expect(custom.entries?.map((e) => e.title?.value)).toEqual([atom.entries?.[0]?.title?.value]);
    expect(custom.entries?.[0]?.id).toMatch(/:view-event:/);

    expect(received).toHaveLength(1);
    const [hit] = received;
    const timestamp = String(hit?.headers["x-opengap-timestamp"]);
    const signature = String(hit?.headers["x-opengap-signature"]);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature(SECRET, timestamp, hit?.body ?? "", signature)).toBe(true);
    expect(
      verifySignature("another-secret-0123456789", timestamp, hit?.body ?? "", signature),
    ).toBe(false);
    expect(JSON.parse(hit?.body ?? "{}")).toMatchObject({
      kind: "open-record",
      models: ["open-two"],
      before: "OPEN-ONE",
      after: "OPEN-TWO",
      url: "https://opengap.example/?source=lmsys-elo-history",
      delivery: { attempt: 1 },
    });
    expect(db.select().from(webhookDeliveries).all()).toMatchObject([
      { status: "delivered", attempts: 1, lastStatus: 204, lastError: null },
    ]);
  });

  it("the same data again makes no event, no entry and no delivery", async () => {
    const [run] = await ingest();
    expect(run?.status).toBe("success");
    expect(db.select().from(events).all()).toHaveLength(1);
    expect(parseAtomFeed(await feedOf("feed.xml")).entries).toHaveLength(1);
    expect(received).toHaveLength(1);
    expect(db.select().from(webhookDeliveries).all()).toHaveLength(1);
  });
});

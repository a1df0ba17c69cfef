import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type Route } from "@/lib/ingest/http/start-test-server";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import { openDatabase, type Db } from "./client";
import { migrateDatabase } from "./migrate";
import { runIngest } from "./run-ingest";
import { acquireWriterLock } from "./writer/writer-lock";

// The real fetch path (HTTP on 127.0.0.1) for one CSV source and one JSON source, with every
// way a download or a file can be bad. Each must fail loudly and leave the database as it was.
const CSV = readFileSync(
  path.join(SHARED_DATA_DIR, "chatbot-arena-history-jasontrigg0", "alltime.csv"),
  "utf8",
);
const [HEADER = "", FIRST = ""] = CSV.split("\n");
const csv = (lines: string[]) => `${lines.join("\n")}\n`;
const send =
  (body: string | Buffer, headers: Record<string, string | number> = {}): Route =>
  (_req, res) => {
    res.writeHead(200, { "content-length": Buffer.byteLength(body), ...headers }).end(body);
  };

const BAD: Record<string, { route: Route; expect: (string | RegExp)[] }> = {
  "http-500": { route: (_q, r) => void r.writeHead(500).end("boom"), expect: ["HTTP 500"] },
  timeout: { route: () => undefined, expect: ["timed out"] },
  "redirect-loop": {
    route: (_q, r) => void r.writeHead(302, { location: "/redirect-loop/alltime.csv" }).end(),
    expect: ["redirect loop"],
  },
  truncated: {
    route: (_q, r) => {
      r.writeHead(200, { "content-length": 100_000 });
      r.write(CSV.slice(0, 5_000));
      r.destroy();
    },
    expect: [/truncated/],
  },
  "renamed-column": {
    route: send(csv([HEADER.replace(",rating,", ",score,"), FIRST])),
    expect: ['field "rating"', "missing column"],
  },
  "empty-table": { route: send(csv([HEADER])), expect: ["empty table"] },
  "non-numeric-rating": {
    route: send(
      csv([
        HEADER,
        FIRST,
        FIRST.replace(/,(\d+\.\d+),/, ",n/a-ish,").replace("chatglm-6b", "koala-x"),
      ]),
    ),
    expect: ["row 3", 'field "rating"', "not a number"],
  },
  // Out of range: values that parse but no leaderboard can publish.
  "rating-1e308": {
    route: send(csv([HEADER, FIRST.replace(/,(\d+\.\d+),/, ",1e308,")])),
    expect: ['field "rating"', "outside the plausible range", "chatglm-6b"],
  },
  "negative-rating": {
    route: send(csv([HEADER, FIRST.replace(/,(\d+\.\d+),/, ",-918.2,")])),
    expect: ['field "rating"', "outside the plausible range"],
  },
  "date-2099": {
    route: send(csv([HEADER, FIRST.replace(/,20230508$/, ",20990101")])),
    expect: ['field "date"', "2099-01-01", "fetch date + 1 day"],
  },
  "date-2019": {
    route: send(csv([HEADER, FIRST.replace(/,20230508$/, ",20190101")])),
    expect: ['field "date"', "2019-01-01"],
  },
  "duplicate-rows": {
    route: send(csv([HEADER, FIRST, FIRST.replace(/,(\d+)\.(\d+),/, ",1$2.5,")])),
    expect: ["row 3", "duplicate"],
  },
  "body-50mb": {
    route: (_q, r) => {
      r.writeHead(200, { "content-length": 50 * 1024 * 1024 });
      r.end(Buffer.alloc(1024));
    },
    expect: ["exceeds the 4 MB limit"],
  },
  "body-50mb-chunked": {
    route: (_q, r) => {
      r.writeHead(200);
      const chunk = Buffer.alloc(1024 * 1024, 97);
      for (let i = 0; i < 50; i++) r.write(chunk);
      r.end();
    },
    expect: ["exceeds the 4 MB limit"],
  },
};

const routes = Object.fromEntries(
  Object.entries(BAD).map(([name, c]) => [`/${name}/alltime.csv`, c.route]),
);
let server: Awaited<ReturnType<typeof startTestServer>>;
let db: Db;
const dir = mkdtempSync(path.join(tmpdir(), "opengap-ingest-"));
const limits = { timeoutMs: 1_500, maxBytes: 4 * 1024 * 1024, maxRedirects: 5 };

beforeAll(async () => {
  server = await startTestServer(SHARED_DATA_DIR, routes);
  db = openDatabase(path.join(dir, "ingest.db"));
  migrateDatabase(db);
});
afterAll(async () => {
  await server.close();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const fingerprint = () =>
  db.get<{ snaps: number; scores: number; hashes: string }>(
    sql`SELECT (SELECT count(*) FROM snapshots) AS snaps, (SELECT count(*) FROM scores) AS scores,
               (SELECT group_concat(content_hash) FROM snapshots) AS hashes`,
  );
const lastRun = () =>
  db.get<{ status: string; error: string | null; source_slug: string }>(
    sql`SELECT status, error, source_slug FROM ingest_runs ORDER BY id DESC LIMIT 1`,
  );
const ingestFrom = (base: string, source = "lmsys-elo-history") =>
  runIngest(db, { trigger: "test", sources: [source], url: base, limits });

describe("ingest through the real fetch path", () => {
  it("loads a good mirror of the CSV and the JSON source", async () => {
    const [csvRun] = await ingestFrom(`${server.url}/chatbot-arena-history-jasontrigg0`);
    expect(csvRun?.status).toBe("success");
    expect(csvRun?.snapshotsAdded).toBeGreaterThan(100);
    const [jsonRun] = await ingestFrom(
      `${server.url}/arena-ai-leaderboards-oolong-tea/data`,
      "arena-ai-daily",
    );
    expect(jsonRun?.status).toBe("success");
    expect(jsonRun?.snapshotsAdded).toBe(2);
  });

  it.each(Object.keys(BAD))(
    "rejects %s, names source and URL, writes nothing, logs the failure",
    async (name) => {
      const before = fingerprint();
      const base = `${server.url}/${name}`;
      const [outcome] = await ingestFrom(base);
      expect(outcome?.status).toBe("failed");
      expect(outcome?.error).toContain("lmsys-elo-history");
      expect(outcome?.error).toMatch(/alltime\.csv/);
      for (const part of BAD[name]?.expect ?? []) expect(outcome?.error).toMatch(part);
      expect(fingerprint()).toEqual(before);
      expect(lastRun()).toMatchObject({ status: "failed", source_slug: "lmsys-elo-history" });
      expect(lastRun()?.error).toBe(outcome?.error);
      if (process.env.SHOW_ERRORS) console.log(name, "=>", outcome?.error);
    },
  );

  it("succeeds again on the next good run", async () => {
    const before = fingerprint();
    const [outcome] = await ingestFrom(`${server.url}/chatbot-arena-history-jasontrigg0`);
    expect(outcome).toMatchObject({ status: "success", snapshotsAdded: 0 });
    expect(lastRun()?.status).toBe("success");
    expect(fingerprint()).toEqual(before);
  });

  it("reports busy, writes nothing and is no success while another writer holds the lock", async () => {
    const before = fingerprint();
    const held = acquireWriterLock(db.$client.name, 0);
    expect(held).not.toBeNull();
    try {
      const [outcome] = await ingestFrom(`${server.url}/chatbot-arena-history-jasontrigg0`);
      expect(outcome).toMatchObject({ status: "busy", source: "lmsys-elo-history" });
      expect(outcome?.error).toMatch(/another ingest is writing/);
      expect(lastRun()).toMatchObject({ status: "busy", source_slug: "lmsys-elo-history" });
      expect(fingerprint()).toEqual(before);
    } finally {
      held?.release();
    }
    const [next] = await ingestFrom(`${server.url}/chatbot-arena-history-jasontrigg0`);
    expect(next?.status).toBe("success");
  });
});

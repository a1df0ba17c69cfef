import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeModelFact } from "@/lib/ingest/model-fact";
import type { ParsedSnapshot, SourceInfo } from "@/lib/ingest/types";
import { openDatabase, type Db } from "./client";
import { ingestSnapshots } from "./ingest";
import { migrateDatabase } from "./migrate";
import { rebuildDerivedIfStale } from "./writer/rebuild-derived";

const info: SourceInfo = {
  slug: "test-board",
  name: "Test board",
  publisher: "tests",
  dataLicence: "n/a",
  homepage: "http://127.0.0.1/",
  dataDir: "test-board",
  series: "synthetic",
  priority: 1,
  kind: "ratings",
};

const snap = (date: string, licence: string, rating = 1200): ParsedSnapshot => ({
  arena: "text",
  publishedOn: date,
  styleControl: false,
  coverage: "complete",
  origin: `board-${date}.csv`,
  scores: [
    {
      model: "Open-Model-7B",
      category: "overall",
      rating,
      lower: null,
      upper: null,
      votes: 10,
      rank: 2,
    },
    {
      model: "Closed-Model",
      category: "overall",
      rating: 1250,
      lower: null,
      upper: null,
      votes: 10,
      rank: 1,
    },
  ],
  models: [
    makeModelFact("Open-Model-7B", { licence, organization: "Lab" }),
    makeModelFact("Closed-Model", { licence: "Proprietary" }),
  ],
});

const dir = mkdtempSync(path.join(tmpdir(), "opengap-writer-"));
let db: Db;
beforeAll(() => {
  db = openDatabase(path.join(dir, "w.db"));
  migrateDatabase(db);
});
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const current = () =>
  db.get<{ licence: string; cls: string; open: number }>(
    sql`SELECT licence, licence_class AS cls, open_weights AS open FROM models WHERE slug = 'open-model-7b'`,
  );

/** One source's write, then the derived rebuild the run would do at its end. */
const ingest = (snaps: ParsedSnapshot[], trigger: "test" = "test") => {
  const result = ingestSnapshots(db, info, snaps, trigger);
  rebuildDerivedIfStale(db);
  return result;
};

describe("writer", () => {
  it("writes each snapshot once and skips identical content", () => {
    const first = ingest([snap("2025-01-01", "Apache 2.0")], "test");
    expect(first).toMatchObject({ status: "success", snapshotsAdded: 1, rowsAdded: 2 });
    const again = ingest([snap("2025-01-01", "Apache 2.0")], "test");
    expect(again).toMatchObject({ snapshotsAdded: 0, snapshotsUnchanged: 1, rowsAdded: 0 });
    // The same board republished under a later date adds nothing either.
    const copy = ingest([snap("2025-01-02", "Apache 2.0")], "test");
    expect(copy).toMatchObject({ snapshotsAdded: 0, snapshotsUnchanged: 1 });
    expect(current()).toEqual({ licence: "Apache 2.0", cls: "open-osi", open: 1 });
  });

  it("keeps a licence change as history and derives the current licence from the newest", () => {
    ingest([snap("2025-02-01", "Proprietary", 1210)], "test");
    const history = db.all<{ licence: string; first_seen_on: string }>(
      sql`SELECT l.licence, l.first_seen_on FROM model_licences l JOIN models m ON m.id = l.model_id
          WHERE m.slug = 'open-model-7b' ORDER BY l.first_seen_on`,
    );
    expect(history).toEqual([
      { licence: "Apache 2.0", first_seen_on: "2025-01-01" },
      { licence: "Proprietary", first_seen_on: "2025-02-01" },
    ]);
    expect(current()).toEqual({ licence: "Proprietary", cls: "proprietary", open: 0 });
  });

  it("replaces a corrected board of the same date in one transaction", () => {
    const fixed = ingest([snap("2025-02-01", "Proprietary", 1215)], "test");
    expect(fixed).toMatchObject({ snapshotsUpdated: 1, rowsAdded: 2 });
    const rating = db.get<{ r: number }>(
      sql`SELECT s.rating AS r FROM scores s JOIN snapshots n ON n.id = s.snapshot_id
          JOIN models m ON m.id = s.model_id WHERE n.published_on = '2025-02-01' AND m.slug = 'open-model-7b'`,
    );
    expect(rating?.r).toBe(1215);
    expect(db.get<{ n: number }>(sql`SELECT count(*) AS n FROM scores`)?.n).toBe(4);
  });

  it("rolls back a snapshot whose rows break a constraint and logs the run as failed", () => {
    const before = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM scores`)?.n;
    const broken = snap("2025-03-01", "Apache 2.0");
    broken.scores.push({ ...broken.scores[0]! });
    const result = ingest([broken], "test");
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(/UNIQUE/);
    expect(db.get<{ n: number }>(sql`SELECT count(*) AS n FROM scores`)?.n).toBe(before);
    expect(
      db.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM snapshots WHERE published_on = '2025-03-01'`,
      )?.n,
    ).toBe(0);
  });
});

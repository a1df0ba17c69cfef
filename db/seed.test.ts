import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { OPEN_WEIGHT_CLASSES } from "@/lib/domain";
import { buildGapView } from "@/lib/gap/build-gap-view";
import { computeGap } from "@/lib/gap/compute-gap";
import { openDatabase, type Db } from "./client";
import { migrateDatabase } from "./migrate";
import { readdirSync } from "node:fs";
import { isDatabaseEmpty, loadSeedLocked, prepareDatabase, SEED_DIR } from "./seed";

const dir = mkdtempSync(path.join(tmpdir(), "opengap-seed-"));
process.env.DATABASE_PATH = path.join(dir, "test.db");
let db: Db;

beforeAll(() => {
  db = openDatabase(process.env.DATABASE_PATH);
}, 60_000);
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) =>
  db.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0;

describe("migrate + bundled seed on a fresh database", () => {
  it("starts empty, then loads every source from the seed", () => {
    migrateDatabase(db);
    expect(isDatabaseEmpty(db)).toBe(true);
    const prepared = prepareDatabase(db);
    if (prepared.kind !== "seeded") throw new Error(`expected a seed, got ${prepared.kind}`);
    const files = readdirSync(SEED_DIR).filter((f) => f.endsWith(".json.gz"));
    expect(prepared.results.every((r) => r.status === "success")).toBe(true);
    expect(prepared.results.length).toBe(files.length);
    expect(count("scores")).toBeGreaterThan(90_000);
    const range = db.get<{ first: string; last: string }>(
      sql`SELECT min(published_on) AS first, max(published_on) AS last FROM snapshots WHERE score_count > 0`,
    );
    expect(range?.first).toBe("2023-05-08");
    expect(range?.last >= "2026-08-19").toBe(true);
  });

  it("reproduces the hand-checked 2024-08-01 gap from the database", async () => {
    const { getSnapshotFrontiers } = await import("./queries/gap");
    const frontiers = getSnapshotFrontiers({
      category: "overall",
      arena: "text",
      styleControl: false,
    });
    const snap = frontiers.find((f) => f.date === "2024-08-01" && f.source === "lmarena-daily-csv");
    if (!snap) throw new Error("2024-08-01 snapshot missing");
    const gap = computeGap(snap, OPEN_WEIGHT_CLASSES);
    expect(gap.closed?.name).toBe("GPT-4o-2024-05-13");
    expect(gap.open?.slug).toBe("llama-3.1-405b-instruct");
    expect(gap.gap).toBe(24);
    expect(gap.gapPct?.toFixed(2)).toBe("1.90");
    const view = buildGapView(frontiers, {
      openClasses: OPEN_WEIGHT_CLASSES,
      source: "all",
      from: null,
      to: null,
      historyStart: "2023-05-08",
      scaleShifts: [],
    });
    expect(view.series[0]?.date.startsWith("2023-05")).toBe(true);
    // The default timeline draws complete boards only: the per-lab flagship series never.
    expect(view.series.some((p) => p.source === "lab-flagships")).toBe(false);
  });

  it("has a coding category where the data has one", () => {
    const coding = count("scores WHERE category = 'coding'");
    expect(coding).toBeGreaterThan(1000);
  });

  it("classifies licences with the reviewed overrides applied", () => {
    const cls = (slug: string) =>
      db.get<{ c: string }>(sql`SELECT licence_class AS c FROM models WHERE slug = ${slug}`)?.c;
    expect(cls("gpt-4o-2024-05-13")).toBe("proprietary");
    expect(cls("llama-3.1-405b-instruct")).toBe("open-restricted");
    expect(cls("deepseek-r1")).toBe("open-osi");
    expect(cls("qwen-max-0919")).toBe("proprietary");
    expect(cls("llama-4-maverick-03-26-experimental")).toBe("unknown");
  });

  it("resolves one model under the names different sources and years give it", () => {
    const modelOf = (alias: string) =>
      db.get<{ slug: string }>(
        sql`SELECT m.slug FROM model_aliases a JOIN models m ON m.id = a.model_id WHERE a.alias_slug = ${alias}`,
      )?.slug;
    // Display name (daily CSV, openlm.ai) and internal key (pkl history, catalog).
    expect(modelOf("gpt-4o-2024-05-13")).toBe("gpt-4o-2024-05-13");
    expect(modelOf("chatgpt-4o-latest-2025-03-26")).toBe("chatgpt-4o-latest-20250326");
    expect(modelOf("meta-llama-3.1-405b-instruct")).toBe("llama-3.1-405b-instruct");
    // A test codename never swallows the released model's name.
    expect(modelOf("gemma-2-27b-it")).toBe("gemma-2-27b-it");
  });

  it("keeps every licence statement as history, the typo and its correction included", () => {
    const rows = db.all<{ licence: string; source: string }>(
      sql`SELECT l.licence, l.source_slug AS source FROM model_licences l JOIN models m ON m.id = l.model_id
          WHERE m.slug = 'claude-3-5-haiku-20241022' ORDER BY l.licence`,
    );
    expect(rows.map((r) => r.licence)).toEqual(
      expect.arrayContaining(["Propretary", "Proprietary"]),
    );
  });

  it("is idempotent: a second load writes nothing new", () => {
    const before = count("scores");
    const results = loadSeedLocked(db);
    expect(results.every((r) => r.snapshotsAdded === 0 && r.snapshotsUpdated === 0)).toBe(true);
    expect(count("scores")).toBe(before);
  });
});

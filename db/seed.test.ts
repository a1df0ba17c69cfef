import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { OPEN_WEIGHT_CLASSES } from "@/lib/domain";
import { buildGapView } from "@/lib/gap/build-gap-view";
import { computeGap } from "@/lib/gap/compute-gap";
import { openDatabase, type Db } from "./client";
import type { RatingRow } from "@/lib/identity/find-identity-suspects";
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
    expect(count("scores")).toBeGreaterThan(370_000);
    const range = db.get<{ first: string; last: string }>(
      sql`SELECT min(published_on) AS first, max(published_on) AS last FROM snapshots WHERE score_count > 0`,
    );
    expect(range?.first).toBe("2023-05-08");
    expect(range?.last).toBe("2026-08-21");
  }, 300_000);

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

  it("names one today per board: the newest complete snapshot, hand-checked against the raw files", async () => {
    const { getBoardToday } = await import("./queries/board-today");
    expect(getBoardToday({ arena: "text", styleControl: false })).toMatchObject({
      date: "2026-08-19",
      source: "lmarena-dataset",
    });
    // arena.ai's full board dated by its own "Aug 21, 2026" (data/2026-08-22/text.json).
    expect(getBoardToday({ arena: "text", styleControl: true })).toMatchObject({
      date: "2026-08-21",
      source: "arena-ai-daily",
    });
    // Time travel picks the complete board that covered the date, never a later year's.
    expect(getBoardToday({ arena: "text", styleControl: false }, "2024-08-01")).toMatchObject({
      date: "2024-08-01",
      source: "lmarena-daily-csv",
    });
  });

  it("computes months behind within one snapshot (hand-checked, raw board of 2026-08-19)", async () => {
    const { getHistoryStart, getScaleShifts, getSnapshotFrontiers } = await import("./queries/gap");
    const board = { category: "overall", arena: "text" as const, styleControl: false };
    const view = buildGapView(getSnapshotFrontiers(board), {
      openClasses: OPEN_WEIGHT_CLASSES,
      source: "all",
      from: null,
      to: null,
      historyStart: getHistoryStart(),
      scaleShifts: getScaleShifts(board),
    });
    // text.csv, overall, publish 2026-08-19: claude-opus-5-high 1505.1 vs kimi-k3-max 1476.9
    // [1469.2, 1484.5]. The first proprietary model in that snapshot rated ≥ 1476.9, by
    // availability, is gemini-3-pro (first rated 2025-11-16): 276 days = 9.1 months; ≥ the upper
    // bound first: claude-opus-4-6 (released 2026-02-05), 6.4 months.
    const latest = view.latest;
    expect(latest).toMatchObject({ date: "2026-08-19", source: "lmarena-dataset" });
    expect(latest?.closed?.slug).toBe("claude-opus-5-high");
    expect(latest?.open?.slug).toBe("kimi-k3-max");
    expect(latest?.gap?.toFixed(1)).toBe("28.2");
    expect(latest?.behind).toMatchObject({
      monthsBehind: 9.1,
      range: [6.4, 9.1],
      censored: false,
      reachedOn: "2025-11-16",
    });
    // The pkl re-anchoring of 2024-03-27 is found in the data, not only documented.
    expect(
      view.methodChanges.some(
        (m) => m.source === "lmsys-elo-history" && m.date === "2024-03-27" && m.detected,
      ),
    ).toBe(true);
  });

  it("leaves no identity suspect unreviewed (same rating under two slugs, or a slug that jumps)", async () => {
    const { findIdentitySuspects } = await import("@/lib/identity/find-identity-suspects");
    const { unreviewedSuspects } = await import("@/lib/identity/reviewed-identity-suspects");
    const rows = db.all<RatingRow>(sql`
      SELECT n.source_slug AS source, n.arena || '.' || n.style_control AS board,
             n.published_on AS date, m.slug AS model, s.rating, s.lower, s.upper
      FROM scores s JOIN snapshots n ON n.id = s.snapshot_id JOIN models m ON m.id = s.model_id
      WHERE s.category = 'overall'`);
    const open = unreviewedSuspects(findIdentitySuspects(rows)).map((s) => s.detail);
    expect(open).toEqual([]);
  });

  it("rebuilds the model indexes exactly as the migrations create them", () => {
    const fresh = openDatabase(":memory:");
    migrateDatabase(fresh);
    const indexes = (d: Db) =>
      d.all<{ sql: string }>(
        sql`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'scores' AND sql IS NOT NULL ORDER BY name`,
      );
    expect(indexes(db)).toEqual(indexes(fresh));
    fresh.$client.close();
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
    // Never-published checkpoint Meta served only on LMArena (lib/identity/licence-review).
    expect(cls("llama-4-maverick-03-26-experimental")).toBe("proprietary");
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

  it("reproduces the published figures it can, and says why where it cannot (one row each)", async () => {
    const { loadFigures } = await import("@/app/figures/load-figures");
    const rows = Object.fromEntries(loadFigures().map((r) => [r.figure.id, r]));
    const expected: Record<string, [string, string]> = {
      // 2024-01-09 board: GPT-4-1106-preview 1184.4 vs Yi-34B-Chat 1065.8.
      "ai-index-2025-jan-2024": ["does-not-match", "11.13% of the open rating"],
      // 2025-02-12 daily board: Gemini-2.0-Flash-Thinking 1384 vs DeepSeek-R1 1361.
      "ai-index-2025-feb-2025": ["matches", "1.69% of the open rating"],
      "ai-index-2026-may-2023-points": ["does-not-match", "170.2 points"],
      "ai-index-2026-aug-2024-points": ["does-not-match", "50.0 points"],
      // 2026-03-12 style-controlled board: Claude Opus 4.6 1503 vs GLM-5 1454.
      "ai-index-2026-mar-2026-pct": ["matches", "3.37% of the open rating"],
      "ai-index-2026-mar-2026-highlight": ["matches", "3.26% of the proprietary rating"],
      "epoch-oct-2025": ["does-not-match", expect.stringMatching(/months$/) as unknown as string],
      "epoch-jan-may-2026": ["does-not-match", "6.3 months"],
      // 2026-05-28 style-controlled board: claude-opus-4-6-thinking 1502 vs GLM-5.1 1474.
      "lmarena-may-2026": ["matches", "28.0 points"],
    };
    for (const [id, [verdict, ours]] of Object.entries(expected))
      expect({ id, verdict: rows[id]?.verdict, ours: rows[id]?.oursText }).toEqual({
        id,
        verdict,
        ours,
      });
    // A mismatch always carries its evidence.
    for (const r of Object.values(rows))
      if (r.verdict === "does-not-match") expect(r.because?.length).toBeGreaterThan(20);
  });
});

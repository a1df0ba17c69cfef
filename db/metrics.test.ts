import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCHMARK_ALIASES } from "@/lib/identity/benchmark-overrides";
import { METRIC_ADAPTERS } from "@/lib/ingest/registry";
import { openDatabase, type Db } from "./client";
import { prepareDatabase } from "./seed";
import { loadMetricSeedsLocked, METRIC_SEED_FILES } from "./seed-metrics";
import { SEED_DIR } from "./seed";

// The bundled seed in a temporary database, read through the same queries and loaders as the
// pages: benchmark identity, the gap per metric, and the published figures on /figures.
const dir = mkdtempSync(path.join(tmpdir(), "opengap-metrics-"));
process.env.DATABASE_PATH = path.join(dir, "metrics.db");
let db: Db;

beforeAll(() => {
  db = openDatabase(process.env.DATABASE_PATH);
  const prepared = prepareDatabase(db);
  if (prepared.kind !== "seeded") throw new Error(`expected a seed, got ${prepared.kind}`);
}, 300_000);
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const modelOf = (source: string, entry: string) =>
  db.get<{ slug: string | null }>(sql`
    SELECT m.slug FROM metric_scores s JOIN metric_exports e ON e.id = s.export_id
    LEFT JOIN models m ON m.id = s.model_id WHERE e.source_slug = ${source} AND s.entry_key = ${entry}
    LIMIT 1`)?.slug;

describe("benchmark sources in the bundled seed", () => {
  it("loads every benchmark source with its metrics, licences and non-commercial flag", () => {
    const metrics = db.all<{ slug: string; nc: number; licence: string }>(
      sql`SELECT slug, non_commercial AS nc, data_licence AS licence FROM metrics ORDER BY slug`,
    );
    expect(metrics.length).toBeGreaterThanOrEqual(19);
    expect(metrics.filter((m) => m.nc === 1).map((m) => m.slug)).toEqual([
      "swe-bench-bash-only",
      "swe-bench-lite",
      "swe-bench-verified",
    ]);
    expect(metrics.find((m) => m.slug === "epoch-eci")?.licence).toMatch(/CC BY 4\.0/);
    expect(METRIC_SEED_FILES).toHaveLength(METRIC_ADAPTERS.length);
  });

  it("joins benchmark names to Arena models by the ratings' identity and reviewed aliases only", () => {
    // Exact names the leaderboards know.
    expect(modelOf("livebench", "deepseek-r1")).toBe("deepseek-r1");
    expect(modelOf("epoch-benchmarks", "claude-3-5-sonnet-20241022")).toBe(
      "claude-3-5-sonnet-20241022",
    );
    // Epoch's run setting and Hugging Face organisation are not part of the model's name.
    expect(modelOf("epoch-benchmarks", "o3-2025-04-16_high")).toBe("o3-2025-04-16");
    expect(modelOf("epoch-benchmarks", "moonshotai/Kimi-K2-Thinking")).toBe("kimi-k2-thinking");
    // Reviewed aliases (lib/identity/benchmark-overrides.ts).
    expect(modelOf("swe-bench", "20250802_mini-v1.0.0_claude-4-opus-20250514")).toBe(
      "claude-opus-4-20250514",
    );
    expect(modelOf("epoch-benchmarks", "gpt-5-2025-08-07_high")).toBe("gpt-5");
    // A name no rule knows stays unmatched: listed, never guessed.
    expect(modelOf("swe-bench", "20250928_trae_doubao_seed_code")).toBeNull();
  });

  it("points every reviewed alias at a model that exists", () => {
    const slugs = new Set(
      db.all<{ slug: string }>(sql`SELECT slug FROM models`).map((r) => r.slug),
    );
    const missing = Object.entries(BENCHMARK_ALIASES).filter(([, a]) => !slugs.has(a.model));
    expect(missing).toEqual([]);
  });

  it("lists unmatched names per source (the counts the /metrics page shows)", async () => {
    const { getMetricNameCounts, getUnmatchedMetricNames } = await import("./queries/metrics");
    const counts = Object.fromEntries(getMetricNameCounts().map((c) => [c.source, c]));
    expect(counts["swe-bench"]).toMatchObject({ matched: 53, unmatched: 18 });
    const unmatched = getUnmatchedMetricNames();
    expect(
      unmatched.some((u) => u.source === "swe-bench" && u.nameSlug === "doubao-seed-code"),
    ).toBe(true);
  });

  it("reads each model's scores in the newest export of every metric", async () => {
    const { getModelMetricScores } = await import("./queries/metrics");
    const rows = getModelMetricScores(["o3-2025-04-16", "deepseek-r1"]);
    // gpqa_diamond.csv: o3-2025-04-16_high 0.81818; DeepSeek-R1 0.69223.
    const gpqa = rows.filter((r) => r.metricSlug === "epoch-gpqa-diamond");
    expect(gpqa.map((r) => [r.modelSlug, r.score.toFixed(2)])).toEqual([
      ["o3-2025-04-16", "81.82"],
      ["deepseek-r1", "69.22"],
    ]);
    // Only the newest LiveBench release counts, and it does not list DeepSeek-R1.
    expect(
      rows.some((r) => r.metricSlug.startsWith("livebench") && r.modelSlug === "deepseek-r1"),
    ).toBe(false);
    expect(new Set(rows.map((r) => r.exportedOn))).not.toContain("2025-12-23");
  });

  it("reproduces the published benchmark figures on /figures (one row each)", async () => {
    const { loadMetricFigures } = await import("@/app/figures/load-metric-figures");
    const rows = Object.fromEntries(loadMetricFigures().map((r) => [r.figure.id, r]));
    const expected: Record<string, [string, string]> = {
      // epoch_capabilities_index.csv (export of 2026-01-20), 2023-01-01 … 2025-10-30: the mean
      // horizontal gap over ECI 126.1 (GPT-4) … 145.3 (Qwen3-235B-A22B-Thinking-2507) is 4.06
      // months (3.34 with a 1-point tolerance); Epoch published 3.5 (90% CI 1.1–5.3).
      "epoch-eci-average-lag-oct-2025": ["matches", "4.1"],
      // leaderboards.csv, bash-only: Claude 4.5 Opus medium (20251101) 74.4; Minimax M2 61.0.
      "swe-bench-bash-only-best-closed-2025": ["matches", "74.4"],
      "swe-bench-bash-only-best-open-2025": ["matches", "61.0"],
    };
    for (const [id, [verdict, ours]] of Object.entries(expected))
      expect({ id, verdict: rows[id]?.verdict, ours: rows[id]?.ours?.toFixed(1) }).toEqual({
        id,
        verdict,
        ours,
      });
    expect(rows["epoch-eci-average-lag-oct-2025"]?.evidence).toMatch(
      /within 1 index point as caught up .*: 3\.3 months\. Months behind on 2025-10-30 itself, not an average: 6\.5\./,
    );
    expect(rows["swe-bench-bash-only-best-open-2025"]?.metric?.nonCommercial).toBe(true);
  });

  it("is idempotent: reloading the benchmark seeds writes nothing", () => {
    const present = new Set(METRIC_SEED_FILES);
    const results = loadMetricSeedsLocked(db, SEED_DIR, present);
    expect(
      results.every((r) => r.status === "success" && r.snapshotsAdded + r.snapshotsUpdated === 0),
    ).toBe(true);
  });
});

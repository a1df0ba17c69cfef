import { describe, expect, it } from "vitest";
import { buildCompareTable, type CompareModel, type CompareScore } from "./build-compare-table";
import { toBarRows } from "./to-bar-rows";
import { toCompareCsv, toCompareExport } from "./to-compare-export";

const MODELS: CompareModel[] = [
  {
    slug: "gpt-4o-2024-05-13",
    name: "GPT-4o-2024-05-13",
    organization: "OpenAI",
    licenceClass: "proprietary",
  },
  {
    slug: "llama-3.1-405b-instruct-fp8",
    name: "Meta-Llama-3.1-405b-Instruct-fp8",
    organization: "Meta",
    licenceClass: "open-restricted",
  },
  { slug: "deepseek-r1", name: "DeepSeek-R1", organization: "DeepSeek", licenceClass: "open-osi" },
  {
    slug: "claude-opus-4-6",
    name: "Claude Opus 4.6",
    organization: "Anthropic, PBC",
    licenceClass: "proprietary",
  },
];
// arena-catalog leaderboard-text-style-control.json of 2025-12-17 (rating, q025, q975).
const s = (
  slug: string,
  category: string,
  rating: number,
  lower: number,
  upper: number,
): CompareScore => ({
  slug,
  category,
  rating,
  lower,
  upper,
});
const SCORES = [
  s("gpt-4o-2024-05-13", "overall", 1346.363, 1343.045, 1349.681),
  s("llama-3.1-405b-instruct-fp8", "overall", 1334.839, 1331.386, 1338.292),
  s("deepseek-r1", "overall", 1396.115, 1391.321, 1400.909),
  s("gpt-4o-2024-05-13", "coding", 1366.616, 1360.441, 1372.791),
  s("llama-3.1-405b-instruct-fp8", "coding", 1365.432, 1358.487, 1372.376),
  s("deepseek-r1", "coding", 1443.246, 1431.547, 1454.945),
  s("deepseek-r1", "japanese", 1341.0, 1315.0, 1366.0),
  s("someone-else", "korean", 1200, 1190, 1210),
];

describe("buildCompareTable", () => {
  const rows = buildCompareTable(MODELS, SCORES);

  it("orders headline categories first and ignores models not compared", () => {
    expect(rows.map((r) => r.category)).toEqual(["overall", "coding", "japanese"]);
  });

  it("gives deltas against the first model and whether the 95% intervals overlap", () => {
    const [overall, coding] = rows;
    expect(overall?.deltas[0]).toBeNull();
    expect(overall?.deltas[1]?.points).toBeCloseTo(-11.52, 2);
    expect(overall?.deltas[1]?.overlap).toBe(false);
    // Coding: 1365.4 [1358.5–1372.4] against 1366.6 [1360.4–1372.8]: indistinguishable.
    expect(coding?.deltas[1]).toMatchObject({ overlap: true });
    expect(coding?.deltas[1]?.points).toBeCloseTo(-1.18, 2);
    expect(coding?.deltas[2]).toMatchObject({ overlap: false });
  });

  it("keeps missing ratings missing: null cells and deltas, no bar, empty CSV fields", () => {
    const japanese = rows[2];
    expect(japanese?.cells.map((c) => c?.rating ?? null)).toEqual([null, null, 1341, null]);
    expect(japanese?.deltas).toEqual([null, null, null, null]);
    expect(rows[0]?.cells[3]).toBeNull();
    const bars = toBarRows(rows);
    expect(bars.rows[0]).toMatchObject({ category: "overall", m3: null, e3: null });
    expect(bars.omitted).toEqual(["japanese"]);
    const csv = toCompareCsv(toCompareExport(MODELS, rows), {
      source: "lmarena-catalog.sc",
      date: "2025-12-17",
    });
    expect(csv).toContain(
      'overall,claude-opus-4-6,Claude Opus 4.6,"Anthropic, PBC",proprietary,,,,,,lmarena-catalog.sc,2025-12-17\n',
    );
  });

  it("gives the bar chart [−, +] whiskers and a round axis below every interval", () => {
    const bars = toBarRows(rows);
    const e0 = bars.rows[0]?.e0 as [number, number];
    expect(e0[0]).toBeCloseTo(3.318, 3);
    expect(e0[1]).toBeCloseTo(3.318, 3);
    expect(bars.domain[0]).toBeLessThanOrEqual(1331);
    expect(bars.domain[1]).toBeGreaterThanOrEqual(1455);
    expect(bars.ticks[0]).toBe(bars.domain[0]);
    expect(bars.ticks.at(-1)).toBe(bars.domain[1]);
    expect(bars.ticks.length).toBeLessThanOrEqual(7);
  });
});

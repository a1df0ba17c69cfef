import { beforeAll, describe, expect, it } from "vitest";
import { lmarenaDailyCsvAdapter } from "@/lib/ingest/lmarena-daily-csv";
import { computeMonthsBehind } from "./compute-months-behind";
import { loadGapSeries } from "./testing/load-gap-series";
import { makeGapPoint as pt } from "./testing/make-gap-point";
import type { GapPoint, MonthsBehind } from "./types";

describe("computeMonthsBehind on the fboulnois daily CSV series (2024-06-19 … 2025-08-04)", () => {
  let series: GapPoint[];
  let byDate: Map<string, MonthsBehind>;
  beforeAll(async () => {
    series = await loadGapSeries(lmarenaDailyCsvAdapter);
    const result = computeMonthsBehind(series);
    byDate = new Map(series.map((p, i) => [p.date, result[i]!]));
  });

  it("censors 2024-08-01 at the series start: GPT-4o-2024-05-13 already had 1287 ≥ 1262", () => {
    // Llama-3.1-405b 1262 on 2024-08-01; the first snapshot (2024-06-19) shows GPT-4o at 1287,
    // so the lag is at least 43 days = 1.4 months and the real answer lies before the data.
    expect(byDate.get("2024-08-01")).toEqual({
      snapshotId: expect.any(Number),
      monthsBehind: 1.4,
      censored: true,
      reachedOn: "2024-06-19",
      reachedBy: "GPT-4o-2024-05-13",
    });
    expect(byDate.get("2024-06-19")).toMatchObject({ monthsBehind: 0, censored: true });
  });

  it("finds the first proprietary model at or above the open rating within the series", () => {
    // DeepSeek-R1 1358 on 2025-01-29: ChatGPT-4o-latest (2024-11-20) 1361 on 2024-11-21 (69 days).
    expect(byDate.get("2025-01-29")).toMatchObject({
      monthsBehind: 2.3,
      censored: false,
      reachedOn: "2024-11-21",
      reachedBy: "ChatGPT-4o-latest (2024-11-20)",
    });
    // DeepSeek-R1 1363 on 2025-03-01: 1361 is not enough; Gemini-Exp-1121 1365 on 2024-11-22 (99 days).
    expect(byDate.get("2025-03-01")).toMatchObject({
      monthsBehind: 3.3,
      reachedOn: "2024-11-22",
      reachedBy: "Gemini-Exp-1121",
    });
    // GLM-4.5 1434 on 2025-08-04 vs Gemini-2.5-Pro-Exp-03-25 1443 on 2025-03-26 (131 days).
    expect(byDate.get("2025-08-04")).toMatchObject({
      monthsBehind: 4.3,
      censored: false,
      reachedOn: "2025-03-26",
      reachedBy: "Gemini-2.5-Pro-Exp-03-25",
    });
  });

  it("censors exactly the points whose best open rating GPT-4o's 1287 already covered", () => {
    // Open bests stay ≤ 1278 until DeepSeek-V3 reaches 1315 on 2024-12-31.
    const censored = series.filter((p) => byDate.get(p.date)?.censored).map((p) => p.date);
    expect(censored.at(-1)).toBe("2024-12-23");
    expect(censored).toHaveLength(series.findIndex((p) => p.date === "2024-12-31"));
    expect([...byDate.values()].every((m) => m.monthsBehind !== null)).toBe(true);
  });
});

describe("computeMonthsBehind edge cases", () => {
  it("returns null without an open rating, and an empty list for an empty series", () => {
    const [r] = computeMonthsBehind([pt("2024-01-01", ["A", 1300], null)]);
    expect(r).toMatchObject({ monthsBehind: null, censored: false, reachedOn: null });
    expect(computeMonthsBehind([])).toEqual([]);
  });

  it("is 0 with no reach date when the open model leads every proprietary rating so far", () => {
    const out = computeMonthsBehind([
      pt("2024-01-01", ["A", 1200], ["O", 1100]),
      pt("2024-03-01", ["A", 1210], ["P", 1250]),
    ]);
    expect(out[1]).toMatchObject({
      monthsBehind: 0,
      censored: false,
      reachedOn: null,
      reachedBy: null,
    });
  });

  it("is 0 when the proprietary model reaches the open level only on that same date", () => {
    const out = computeMonthsBehind([
      pt("2024-01-01", ["A", 1200], ["O", 1100]),
      pt("2024-03-01", ["B", 1250], ["P", 1250]),
    ]);
    expect(out[1]).toMatchObject({
      monthsBehind: 0,
      censored: false,
      reachedOn: "2024-03-01",
      reachedBy: "B",
    });
  });

  it("keeps input order and starts the observed window at the first proprietary rating", () => {
    const series = [
      pt("2024-07-01", ["C", 1300], ["O", 1260]),
      pt("2024-01-01", null, ["O", 1100]),
      pt("2024-02-01", ["A", 1250], ["O", 1150]),
      pt("2024-04-01", ["B", 1270], ["O", 1200]),
    ];
    const out = computeMonthsBehind(series);
    expect(out.map((m) => m.snapshotId)).toEqual(series.map((p) => p.snapshotId));
    expect(out[1]?.monthsBehind).toBeNull(); // no proprietary rating seen yet
    // 1260 first reached by B on 2024-04-01: 91 days = 3.0 months, not censored.
    expect(out[0]).toMatchObject({ monthsBehind: 3, censored: false, reachedBy: "B" });
    // 1200 was already covered at the first proprietary point (2024-02-01): ≥ 2.0 months.
    expect(out[3]).toMatchObject({ monthsBehind: 2, censored: true, reachedOn: "2024-02-01" });
  });
});

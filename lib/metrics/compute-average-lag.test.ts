import { describe, expect, it } from "vitest";
import { epochBenchmarksAdapter } from "@/lib/ingest/epoch-benchmarks";
import { assignSide } from "./assign-side";
import { computeAverageLag } from "./compute-average-lag";
import { loadMetricExport } from "./testing/load-metric-export";
import { makeScore as s } from "./testing/make-score";

const sided = (list: ReturnType<typeof s>[]) => list.map((x) => assignSide("test", x));
const WINDOW = { from: "2024-01-01", to: "2025-12-31" };

describe("computeAverageLag (Epoch's horizontal gap)", () => {
  it("averages the time between the closed and the open line reaching each level", () => {
    // Closed: 10 on 2024-01-01, 20 on 2024-04-01. Open: 10 on 2024-03-01 (60 days late), 20 on
    // 2024-10-01 (183 days late). Levels 10–20: 183 days for the whole range (10 < y ≤ 20).
    const lag = computeAverageLag(
      sided([
        s("A", 10, "2024-01-01", "closed"),
        s("B", 20, "2024-04-01", "closed"),
        s("X", 10, "2024-03-01", "open"),
        s("Y", 20, "2024-10-01", "open"),
      ]),
      "higher",
      WINDOW,
    );
    expect(lag?.levels).toEqual([10, 20]);
    expect(lag?.months).toBeCloseTo(183 / 30.4375, 6);
  });

  it("weights each stretch of levels by its height, and counts a near miss with a tolerance", () => {
    const scores = sided([
      s("A", 10, "2024-01-01", "closed"),
      s("B", 14, "2024-02-01", "closed"),
      s("C", 20, "2024-05-01", "closed"),
      s("X", 10, "2024-01-01", "open"),
      s("Y", 19.5, "2024-06-01", "open"),
    ]);
    // Levels 10–14 reached by closed on 2024-02-01, by open 2024-06-01: 121 days (4 points);
    // 14–19.5: closed 2024-05-01, open 2024-06-01: 31 days (5.5 points).
    const strict = computeAverageLag(scores, "higher", WINDOW);
    expect(strict?.months).toBeCloseTo((4 * 121 + 5.5 * 31) / 9.5 / 30.4375, 6);
    // With 1 point of tolerance the open line "reaches" 20 with 19.5, but levels stop at 19.5.
    const lenient = computeAverageLag(scores, "higher", WINDOW, 1);
    expect(lenient?.months).toBeLessThan(strict?.months ?? 0);
  });

  it("is null when the open line never rises above where both lines start", () => {
    expect(
      computeAverageLag(
        sided([s("A", 10, "2024-01-01", "closed"), s("X", 5, "2024-02-01", "open")]),
        "higher",
        WINDOW,
      ),
    ).toBeNull();
  });

  it("reproduces Epoch's open-vs-closed average on the January 2026 index (published: 3.5 months)", async () => {
    const { metric, scores } = await loadMetricExport(epochBenchmarksAdapter, "epoch-eci");
    const all = scores.map((x) => assignSide(metric.source, x));
    const window = { from: "2023-01-01", to: "2025-10-30" };
    // Checked with Python on epoch_capabilities_index.csv (Kimi-K2-Instruct-0905 dated 2025-09-05):
    // levels from GPT-4 (126.07) to Qwen3-235B-A22B-Thinking-2507 (145.28); 4.06 months strictly,
    // 3.34 when an open model within 1 ECI point counts as caught up.
    const strict = computeAverageLag(all, metric.direction, window);
    expect(strict?.levels.map((l) => l.toFixed(2))).toEqual(["126.07", "145.28"]);
    expect(strict?.months.toFixed(2)).toBe("4.06");
    expect(computeAverageLag(all, metric.direction, window, 1)?.months.toFixed(2)).toBe("3.34");
  });
});

import { describe, expect, it } from "vitest";
import { buildMetricSeries } from "./build-metric-series";
import { makeExport, makeMetric, makeScore as s } from "./testing/make-score";
import { toMetricChartPoints } from "./to-metric-chart-points";

describe("toMetricChartPoints", () => {
  const series = buildMetricSeries(makeMetric(), makeExport("2025-06-01"), [
    s("A", 60, "2023-06-01", "closed"),
    s("X", 50, "2023-09-01", "open", { lower: 45, upper: 55 }),
    s("B", 70, "2024-03-01", "closed"),
  ]);

  it("starts at `from` with what was available then, and keeps later steps", () => {
    const points = toMetricChartPoints(series, "2024-01-01");
    expect(points.map((p) => [p.date, p.closed, p.open])).toEqual([
      ["2024-01-01", 60, 50],
      ["2024-03-01", 70, 50],
      ["2025-06-01", 70, 50],
    ]);
    expect(points[0]?.openBand).toEqual([45, 55]);
    expect(points[0]?.t).toBe(Date.parse("2024-01-01T00:00:00Z"));
  });

  it("keeps every point when `from` is before the export's first date", () => {
    expect(toMetricChartPoints(series, "2020-01-01").map((p) => p.date)).toEqual([
      "2023-06-01",
      "2023-09-01",
      "2024-03-01",
      "2025-06-01",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { buildMetricSeries } from "./build-metric-series";
import { makeExport, makeMetric, makeScore as s } from "./testing/make-score";
import { toMetricsCsv, toMetricsExport } from "./to-metrics-export";

const series = buildMetricSeries(
  makeMetric("higher", { nonCommercial: true, dataLicence: "CC BY-NC 4.0", attribution: "Bench" }),
  makeExport("2025-03-01"),
  [
    s('=HYPERLINK("x")', 70, "2024-06-01", "closed"),
    s("Open, one", 60, "2024-09-01", "open", { lower: 55, upper: 65 }),
  ],
);

describe("toMetricsExport / toMetricsCsv", () => {
  it("carries the metric's licence with every series and its latest point", () => {
    const [row] = toMetricsExport([series]);
    expect(row?.metric).toMatchObject({ nonCommercial: true, dataLicence: "CC BY-NC 4.0" });
    expect(row?.latest).toMatchObject({ date: "2025-03-01", gap: 10, monthsBehind: 9 });
  });

  it("writes one row per date with licence columns, neutralising formula-like names", () => {
    const csv = toMetricsCsv(toMetricsExport([series]));
    const lines = csv.trim().split("\n");
    expect(lines).toHaveLength(1 + series.points.length);
    expect(lines[0]).toMatch(
      /^metric,unit,export,date,.*,data_licence,non_commercial,attribution$/,
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"Open, one"');
    expect(lines.at(-1)).toMatch(/,CC BY-NC 4\.0,true,Bench$/);
  });
});

import { describe, expect, it } from "vitest";
import { checkMetricPlausible } from "./check-metric-plausible";
import { expectIngestError } from "./expect-ingest-error";
import type { MetricScoreRow, ParsedMetricExport } from "./metric-types";

const row = (patch: Partial<MetricScoreRow> = {}): MetricScoreRow => ({
  key: "m",
  name: "M",
  model: "m",
  score: 50,
  lower: 45,
  upper: 55,
  date: "2025-01-01",
  dateBasis: "release",
  organization: null,
  accessibility: null,
  openness: null,
  ...patch,
});
const ex = (
  scores: MetricScoreRow[],
  plausible: [number, number] = [0, 100],
): ParsedMetricExport => ({
  metric: {
    slug: "x",
    name: "X",
    shortName: "X",
    unit: "%",
    direction: "higher",
    description: "",
    plausible,
    openOnly: false,
  },
  exportedOn: "2026-01-20",
  label: "test",
  origin: "x.csv",
  scores,
  dropped: [],
});
const check = (e: ParsedMetricExport) => checkMetricPlausible("src", [e], "2026-02-01");

describe("checkMetricPlausible", () => {
  it("accepts a score inside its metric's range and an index far outside 0–100", () => {
    expect(() => check(ex([row()]))).not.toThrow();
    expect(() =>
      check(ex([row({ score: 152.4, lower: null, upper: null })], [0, 300])),
    ).not.toThrow();
  });

  it.each([
    [{ score: 101 }, "score", "101 is outside the plausible range 0 … 100"],
    [{ score: Number.NaN }, "score", "NaN is outside"],
    [{ score: -1, lower: null }, "score", "-1 is outside"],
    [{ lower: 60 }, "lower", "lower bound 60 is above the score 50"],
    [{ upper: 40 }, "upper", "upper bound 40 is below the score 50"],
    [{ lower: 0, upper: 100 }, "upper", "wider than half the metric's range"],
    [{ date: "2099-01-01" }, "date", "2099-01-01 is outside 2015-01-01 … 2026-02-02"],
    [{ date: "2014-12-31" }, "date", "is outside"],
  ])("rejects %j naming file, row and field", (patch, field, message) => {
    const err = expectIngestError(
      () => check(ex([row(), row({ key: "n", ...patch })])),
      "x.csv",
      "row 2",
      message,
    );
    expect(err.field).toBe(field);
  });

  it("rejects a repeated key and an export dated in the future", () => {
    expectIngestError(() => check(ex([row(), row()])), 'repeated key "m"');
    expectIngestError(
      () => check({ ...ex([row()]), exportedOn: "2027-01-01" }),
      'field "exportedOn"',
    );
  });
});

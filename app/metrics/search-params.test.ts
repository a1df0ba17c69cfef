import { describe, expect, it } from "vitest";
import {
  DEFAULT_METRICS_PARAMS,
  MAX_METRICS,
  parseMetricsParams,
  serializeMetricsParams,
} from "./search-params";

describe("metrics URL state", () => {
  it("defaults to the four yardsticks from 2023 and serialises them as an empty query", () => {
    const { params, issues } = parseMetricsParams({});
    expect(params).toEqual(DEFAULT_METRICS_PARAMS);
    expect(issues).toEqual([]);
    expect(serializeMetricsParams(params)).toBe("");
  });

  it("round-trips a choice of metrics and a start date", () => {
    const query = "?m=epoch-frontiermath,swe-bench-bash-only&from=2024-06-01";
    const { params } = parseMetricsParams({
      m: "epoch-frontiermath,swe-bench-bash-only",
      from: "2024-06-01",
    });
    expect(params).toEqual({
      m: ["epoch-frontiermath", "swe-bench-bash-only"],
      from: "2024-06-01",
    });
    expect(serializeMetricsParams(params)).toBe(query);
  });

  it("reads repeated keys (a no-JavaScript form) and reports what it ignores", () => {
    const { params, issues } = parseMetricsParams({
      m: ["epoch-eci", "Bad Slug!", "epoch-eci"],
      from: "2024-02-30",
      zoom: "2",
    });
    expect(params.m).toEqual(["epoch-eci"]);
    expect(params.from).toBe(DEFAULT_METRICS_PARAMS.from);
    expect(issues.map((i) => i.key).sort()).toEqual(["from", "m", "parameter"]);
  });

  it("keeps at most MAX_METRICS metrics", () => {
    const many = Array.from({ length: MAX_METRICS + 3 }, (_, i) => `m${i}`).join(",");
    const { params, issues } = parseMetricsParams({ m: many });
    expect(params.m).toHaveLength(MAX_METRICS);
    expect(issues[0]?.message).toMatch(/At most 12 metrics/);
  });
});

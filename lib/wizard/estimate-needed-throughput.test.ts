import { describe, expect, it } from "vitest";
import { estimateNeededThroughput } from "./estimate-needed-throughput";

describe("estimateNeededThroughput", () => {
  it("turns 100M tokens a month at 3:1 into output tokens per second", () => {
    // 25M output tokens / (730 h × 3,600 s) = 9.51/s; within 176 working hours 39.5/s.
    const need = estimateNeededThroughput(100, [3, 1]);
    expect(need.outputM).toBe(25);
    expect(need.average).toBeCloseTo(9.51, 2);
    expect(need.busy).toBeCloseTo(39.46, 2);
  });
});

import { describe, expect, it } from "vitest";
import { estimateDecodeSpeed } from "./estimate-speed";

describe("estimateDecodeSpeed", () => {
  it.each([
    // 0.5 × 2 × 3,350 GB/s / (70.6B × 1 byte) ≈ 47.5 tokens/s
    { active: 70.6, bits: 8, tp: 2, bw: 3350, perRequest: 47.45 },
    // MoE reads only the active parameters: 0.5 × 6,700 / (22 × 0.5) ≈ 304.5
    { active: 22, bits: 4, tp: 2, bw: 3350, perRequest: 304.55 },
  ] as const)("$active B active at $bits-bit on $tp GPUs", (c) => {
    const s = estimateDecodeSpeed({
      activeParametersB: c.active,
      bits: c.bits,
      tensorParallel: c.tp,
      bandwidthGbps: c.bw,
      conc: 4,
    });
    expect(s.perRequest).toBeCloseTo(c.perRequest, 1);
    expect(s.aggregate).toBeCloseTo(c.perRequest * 4, 0);
  });
});

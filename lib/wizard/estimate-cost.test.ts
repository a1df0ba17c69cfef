import { describe, expect, it } from "vitest";
import { estimateApiCost, estimateGpuCost } from "./estimate-cost";

describe("estimateApiCost", () => {
  it.each([
    // Gemini 3 Pro at $2 / $12 per million, 100M tokens split 3:1 → 75M × 2 + 25M × 12
    { vol: 100, split: [3, 1], inP: 2, outP: 12, inputM: 75, outputM: 25, dollars: 450 },
    // Claude Opus 4.5 at $5 / $25
    { vol: 100, split: [3, 1], inP: 5, outP: 25, inputM: 75, outputM: 25, dollars: 1000 },
    { vol: 10, split: [1, 1], inP: 0.28, outP: 0.42, inputM: 5, outputM: 5, dollars: 3.5 },
  ] as const)("$vol M at $inP/$outP, split $split → $$dollars", (c) => {
    const r = estimateApiCost(c.vol, c.split, c.inP, c.outP);
    expect(r.inputM).toBeCloseTo(c.inputM, 9);
    expect(r.outputM).toBeCloseTo(c.outputM, 9);
    expect(r.dollars).toBeCloseTo(c.dollars, 9);
  });
});

describe("estimateGpuCost", () => {
  it.each([
    [2, 2.5, 3650], // 2 × $2.5 × 730 h
    [16, 2.5, 29200],
    [1, 0.8, 584],
  ])("%i GPUs at $%d/h → $%d a month", (gpus, rate, dollars) => {
    expect(estimateGpuCost(gpus, rate)).toBeCloseTo(dollars, 6);
  });
});

import { describe, expect, it } from "vitest";
import { computeMonthsBehind } from "./compute-months-behind";
import { makeGapPoint as pt } from "./testing/make-gap-point";
import type { GapPoint, ProprietaryStep } from "./types";

const step = (
  name: string,
  availableFrom: string,
  rating: number,
  basis: ProprietaryStep["basis"] = "appearance",
): ProprietaryStep => ({ slug: name.toLowerCase(), name, availableFrom, basis, rating });

const withBounds = (p: GapPoint, open: [number, number], closed?: [number, number]): GapPoint => ({
  ...p,
  open: p.open && { ...p.open, lower: open[0], upper: open[1] },
  closed: p.closed && closed ? { ...p.closed, lower: closed[0], upper: closed[1] } : p.closed,
});

// One snapshot of 2025-06-01: open best 1400; proprietary models by availability date.
const LADDER = [
  step("A", "2024-06-01", 1350),
  step("B", "2024-10-01", 1395),
  step("C", "2025-01-01", 1402),
  step("D", "2025-03-01", 1420),
];
const HISTORY_START = "2023-05-08";

describe("computeMonthsBehind (within one snapshot)", () => {
  it("dates the first proprietary model in this snapshot that rates at least the open model", () => {
    const p = pt("2025-06-01", ["D", 1420], ["O", 1400]);
    // C (available 2025-01-01) is the first step ≥ 1400: 151 days = 5.0 months.
    expect(computeMonthsBehind(p, LADDER, HISTORY_START)).toMatchObject({
      monthsBehind: 5,
      range: null,
      censored: false,
      reachedOn: "2025-01-01",
      reachedBy: "C",
      openLeads: false,
    });
  });

  it("gives a range from the open model's interval: upper bound (fewest) … lower bound (most)", () => {
    const p = withBounds(pt("2025-06-01", ["D", 1420], ["O", 1400]), [1392, 1408]);
    // ≥ 1408 first at D (2025-03-01): 3.0 months; ≥ 1392 first at B (2024-10-01): 8.0 months.
    expect(computeMonthsBehind(p, LADDER, HISTORY_START)).toMatchObject({
      monthsBehind: 5,
      range: [3, 8],
    });
  });

  it("is 0 (open leads) when no proprietary model in the snapshot reaches the open rating", () => {
    const p = pt("2025-06-01", ["D", 1420], ["O", 1430]);
    expect(computeMonthsBehind(p, LADDER, HISTORY_START)).toMatchObject({
      monthsBehind: 0,
      openLeads: true,
      reachedOn: null,
    });
  });

  it("reads ≥ N when the reaching model was already rated on the history's first day", () => {
    const ladder = [step("GPT-4", HISTORY_START, 1250), ...LADDER];
    const p = pt("2023-08-01", ["GPT-4", 1250], ["O", 1200]);
    expect(computeMonthsBehind(p, ladder, HISTORY_START)).toMatchObject({
      monthsBehind: 2.8,
      censored: true,
    });
    // A catalog release date says when it really came out: no longer censored.
    const released = [step("GPT-4", "2023-03-14", 1250, "release")];
    expect(computeMonthsBehind(p, released, HISTORY_START)).toMatchObject({
      monthsBehind: 4.6,
      censored: false,
      reachedBasis: "release",
    });
  });

  it("never says a bare 0 while a brand-new proprietary model is significantly ahead", () => {
    const ladder = [step("Old", "2024-01-01", 1300), step("New", "2025-06-01", 1470)];
    const p = withBounds(pt("2025-06-01", ["New", 1470], ["O", 1400]), [1395, 1405], [1462, 1478]);
    expect(computeMonthsBehind(p, ladder, HISTORY_START)).toMatchObject({
      monthsBehind: 0,
      newLeaderOnly: true,
      reachedBy: "New",
    });
  });

  it("has nothing to say without both sides", () => {
    const p = pt("2025-06-01", ["D", 1420], null);
    expect(computeMonthsBehind(p, LADDER, HISTORY_START)).toMatchObject({
      monthsBehind: null,
      range: null,
    });
  });
});

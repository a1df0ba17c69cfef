import { describe, expect, it } from "vitest";
import { toTimeTicks } from "./to-time-ticks";

const iso = (ts: number[]) => ts.map((t) => new Date(t).toISOString().slice(0, 10));

describe("toTimeTicks", () => {
  it("labels every January and July inside the range", () => {
    expect(iso(toTimeTicks("2023-01-01", "2024-08-15"))).toEqual([
      "2023-01-01",
      "2023-07-01",
      "2024-01-01",
      "2024-07-01",
    ]);
  });

  it("starts at the next half-year when the range starts mid-way", () => {
    expect(iso(toTimeTicks("2023-03-10", "2024-01-01"))).toEqual(["2023-07-01", "2024-01-01"]);
    expect(iso(toTimeTicks("2023-09-01", "2024-03-01"))).toEqual(["2024-01-01"]);
  });
});

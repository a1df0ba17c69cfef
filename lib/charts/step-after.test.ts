import { describe, expect, it } from "vitest";
import { stepAfter } from "./step-after";

describe("stepAfter", () => {
  it("holds each value until the next x, then jumps (Recharts' stepAfter)", () => {
    expect(
      stepAfter([
        [0, 10],
        [100, 20],
        [300, 15],
      ]),
    ).toEqual([
      [0, 10],
      [100, 10],
      [100, 20],
      [300, 20],
      [300, 15],
    ]);
  });

  it("skips missing values, connecting across them", () => {
    expect(
      stepAfter([
        [0, 10],
        [50, null],
        [100, 20],
      ]),
    ).toEqual([
      [0, 10],
      [100, 10],
      [100, 20],
    ]);
  });

  it("steps both edges of a band together", () => {
    const band = stepAfter([
      [0, 1, 3],
      [10, 2, 4],
    ] as const);
    expect(band).toEqual([
      [0, 1, 3],
      [10, 1, 3],
      [10, 2, 4],
    ]);
    expect(stepAfter([[0, 5] as const])).toEqual([[0, 5]]);
  });
});

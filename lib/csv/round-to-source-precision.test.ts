import { describe, expect, it } from "vitest";
import { inferDecimals, roundTo } from "./round-to-source-precision";

describe("round to the source's precision", () => {
  it("keeps whole-point sources whole and gives fitted ratings one decimal", () => {
    // arena.ai publishes 1398 ± 5; the LMArena dataset 1274.1856580388371 (the cell).
    expect(inferDecimals([1398, 1393, null, 1403])).toBe(0);
    expect(inferDecimals([1398, 1274.1856580388371])).toBe(1);
    expect(roundTo(1274.1856580388371, inferDecimals([1274.1856580388371]))).toBe(1274.2);
    expect(roundTo(1398, 0)).toBe(1398);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(roundTo(null, 1)).toBeNull();
  });
});

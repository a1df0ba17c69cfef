import { describe, expect, it } from "vitest";
import {
  formatContext,
  formatCount,
  formatInterval,
  formatParameters,
  formatPrice,
  formatRating,
} from "./format-facts";

describe("table formatting", () => {
  it("rounds ratings and shows intervals relative to the rating", () => {
    expect(formatRating(1549.1095997531)).toBe("1549");
    expect(formatInterval(1286, 1283, 1289)).toBe("± 3");
    expect(formatInterval(1271, 1269, 1275)).toBe("+4/−2");
    expect(formatInterval(1090.5, null, null)).toBe("");
  });

  it("never shows an unknown fact as 0", () => {
    expect(formatPrice(null)).toBe("—");
    expect(formatParameters(null, null)).toBe("—");
    expect(formatContext(null)).toBe("—");
    expect(formatCount(null)).toBe("—");
    expect(formatPrice(0)).toBe("$0");
  });

  it("formats the real facts of Qwen3-235B-A22B and others", () => {
    expect(formatParameters(235, 22)).toBe("235B (22B active)");
    expect(formatParameters(70, null)).toBe("70B");
    expect(formatParameters(0.5, null)).toBe("0.5B");
    expect(formatContext(131072)).toBe("131K");
    expect(formatContext(1_048_576)).toBe("1M");
    expect(formatContext(3_500_000)).toBe("3.5M");
    expect(formatPrice(0.7)).toBe("$0.70");
    expect(formatPrice(2.8)).toBe("$2.80");
    expect(formatPrice(75)).toBe("$75");
    expect(formatCount(68753)).toBe("68,753");
  });
});

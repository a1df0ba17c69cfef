import { describe, expect, it } from "vitest";
import { assignSide } from "./assign-side";
import { makeScore as s } from "./testing/make-score";

describe("assignSide", () => {
  it("takes the source's own flag first, even against the licence review", () => {
    const x = assignSide(
      "t",
      s("llama-4-maverick", 20, "2025-04-05", "closed", { licenceClass: "open-restricted" }),
    );
    expect([x.side, x.sideBasis]).toEqual(["closed", "source"]);
  });

  it("falls back to the matched model's reviewed licence, then to a reviewed name rule, else neither", () => {
    const reviewed = assignSide(
      "t",
      s("deepseek-r1", 1, "2025-01-20", null, { licenceClass: "open-osi" }),
    );
    expect([reviewed.side, reviewed.sideBasis]).toEqual(["open", "licence-review"]);
    const rule = assignSide("t", s("gpt-5.4-xhigh", 1, "2026-03-05", null));
    expect([rule.side, rule.sideBasis]).toEqual(["closed", "benchmark-review"]);
    expect(assignSide("t", s("gpt-oss-120b", 1, "2025-08-05", null)).side).toBeNull();
    const unknown = assignSide("t", s("mystery-model", 1, "2025-01-01", null));
    expect([unknown.side, unknown.sideBasis]).toEqual([null, "none"]);
    expect(assignSide("t", s("secret", 1, "2025-01-01", "unreleased")).side).toBeNull();
  });

  it("applies a reviewed date correction only to the row and date it was reviewed for", () => {
    const fixed = assignSide(
      "epoch-benchmarks",
      s("Kimi-K2-Instruct-0905", 140, "2024-09-05", "open"),
    );
    expect([fixed.date, fixed.statedDate]).toEqual(["2025-09-05", "2024-09-05"]);
    const other = assignSide("livebench", s("Kimi-K2-Instruct-0905", 140, "2024-09-05", "open"));
    expect([other.date, other.statedDate]).toEqual(["2024-09-05", null]);
  });
});

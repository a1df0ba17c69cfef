import { describe, expect, it } from "vitest";
import { findNearestGapView } from "./find-nearest-gap-view";
import { DEFAULT_GAP_PARAMS, type GapParams } from "./search-params";

const p = (over: Partial<GapParams>): GapParams => ({ ...DEFAULT_GAP_PARAMS, ...over });

describe("findNearestGapView", () => {
  it("relaxes the smallest thing first and keeps the rest", () => {
    const start = p({ cat: "coding", orgIn: ["meta"], from: "2026-01-01" });
    const nearest = findNearestGapView(start, (v) => v.orgIn.length === 0);
    expect(nearest?.relaxed).toEqual(["all organisations"]);
    expect(nearest?.params).toMatchObject({ cat: "coding", from: "2026-01-01", orgIn: [] });
  });

  it("moves a board without open models (vision) to the text arena", () => {
    const nearest = findNearestGapView(p({ arena: "vision" }), (v) => v.arena === "text");
    expect(nearest).toEqual({ params: p({}), relaxed: ["the text arena"] });
  });

  it("gives up when nothing has data, rather than pointing at another empty view", () => {
    expect(findNearestGapView(p({ arena: "vision", cat: "ocr" }), () => false)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { MAX_MODELS, parseCompareParams, serializeCompareParams } from "./search-params";

describe("compare URL state", () => {
  it("round-trips a full state with readable commas and no defaults", () => {
    const raw = {
      models: "gpt-4o-2024-05-13,deepseek-r1",
      cat: "coding",
      at: "2025-12-17",
      source: "lmarena-catalog.sc",
    };
    const { params, issues } = parseCompareParams(raw);
    expect(issues).toEqual([]);
    expect(serializeCompareParams(params)).toBe(
      "?models=gpt-4o-2024-05-13,deepseek-r1&cat=coding&at=2025-12-17&source=lmarena-catalog.sc",
    );
    expect(serializeCompareParams({ ...params, cat: "overall", at: null, source: null })).toBe(
      "?models=gpt-4o-2024-05-13,deepseek-r1",
    );
  });

  it("slugs typed names from the no-JavaScript form, drops duplicates and repeated keys join", () => {
    const { params } = parseCompareParams({
      models: ["GPT-4o-2024-05-13, DeepSeek R1", "gpt-4o-2024-05-13"],
    });
    expect(params.models).toEqual(["gpt-4o-2024-05-13", "deepseek-r1"]);
  });

  it("reports each unusable value with what would work, and keeps the rest", () => {
    const seven = Array.from({ length: 7 }, (_, i) => `m${i}`).join(",");
    const { params, issues } = parseCompareParams({
      models: `${seven},💥`,
      at: "2025-02-30",
      cat: "Hard Prompts!",
      source: "lmarena-catalog.xx",
      zoom: "2",
    });
    expect(params.models).toHaveLength(MAX_MODELS);
    expect(params).toMatchObject({ at: null, cat: "overall", source: null });
    expect(issues.map((i) => i.key)).toEqual([
      "parameter",
      "models",
      "models",
      "cat",
      "at",
      "source",
    ]);
    expect(issues.find((i) => i.value === "m6")?.message).toContain("At most 6 models");
    expect(issues.find((i) => i.key === "at")?.message).toContain("YYYY-MM-DD");
    // An impossible date must be a notice, not an exception (Date#toISOString throws on it).
    expect(parseCompareParams({ at: "9999-99-99" }).issues[0]?.key).toBe("at");
    expect(issues.find((i) => i.key === "parameter")?.message).toContain("models, cat, at, source");
  });
});

import { describe, expect, it } from "vitest";
import { modelSearchUrl, parseModelSearchParams } from "./model-search-params";

describe("parseModelSearchParams", () => {
  it("reads the query, the excluded slugs and the limit", () => {
    const { params, issues } = parseModelSearchParams({
      q: "  llama 405b ",
      exclude: "deepseek-r1,gpt-4o-2024-05-13,deepseek-r1",
      limit: "5",
    });
    expect(issues).toEqual([]);
    expect(params).toEqual({
      q: "llama 405b",
      exclude: ["deepseek-r1", "gpt-4o-2024-05-13"],
      limit: 5,
    });
  });

  it("defaults to 8 matches and nothing excluded", () => {
    expect(parseModelSearchParams({ q: "gpt" }).params).toEqual({
      q: "gpt",
      exclude: [],
      limit: 8,
    });
  });

  it("reports an overlong query, a bad limit and a flood of exclusions", () => {
    const { issues } = parseModelSearchParams({
      q: "x".repeat(101),
      limit: "0",
      exclude: Array.from({ length: 21 }, (_, i) => `m${i}`).join(","),
    });
    expect(issues.map((i) => i.key).sort()).toEqual(["exclude", "limit", "q"]);
    expect(issues.find((i) => i.key === "q")?.message).toContain("at most 100");
    for (const limit of ["51", "2.5", "ten", "-1"])
      expect(parseModelSearchParams({ limit }).issues).toHaveLength(1);
  });
});

describe("modelSearchUrl", () => {
  it("sorts the excluded slugs so one search has one address (and one validator)", () => {
    expect(modelSearchUrl("llama 3", ["b", "a"])).toBe("/api/models?q=llama+3&exclude=a%2Cb");
    expect(modelSearchUrl("gpt", [])).toBe("/api/models?q=gpt");
  });
});

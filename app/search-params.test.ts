import { describe, expect, it } from "vitest";
import {
  DEFAULT_GAP_PARAMS,
  parseGapParams,
  serializeGapParams,
  type GapChoices,
} from "./search-params";

const choices: GapChoices = {
  categories: ["overall", "coding", "math"],
  sources: ["lmarena-daily-csv", "lmarena-catalog"],
  licences: ["apache-2-0", "mit", "llama-3-1-community"],
  organizations: ["meta", "openai", "deepseek", "01-ai"],
};

describe("gap URL state", () => {
  it("opens the default view from an empty query", () => {
    expect(parseGapParams({}, choices)).toEqual({ params: DEFAULT_GAP_PARAMS, issues: [] });
    expect(serializeGapParams(DEFAULT_GAP_PARAMS)).toBe("");
  });

  it("round-trips every control", () => {
    const query =
      "?cat=coding&sc=1&open=open-osi&lic=mit&org=meta,-openai&from=2024-01-01&to=2025-06-30&source=lmarena-catalog&rel=1";
    const raw = Object.fromEntries(new URLSearchParams(query));
    const { params, issues } = parseGapParams(raw, choices);
    expect(issues).toEqual([]);
    expect(params).toMatchObject({
      cat: "coding",
      sc: true,
      open: ["open-osi"],
      lic: ["mit"],
      orgIn: ["meta"],
      orgOut: ["openai"],
      rel: true,
    });
    expect(serializeGapParams(params)).toBe(query);
  });

  it("accepts repeated keys from a plain HTML form", () => {
    const { params } = parseGapParams(
      { open: ["open-osi", "non-commercial"], org: ["meta", "-openai"] },
      choices,
    );
    expect(params.open).toEqual(["open-osi", "non-commercial"]);
    expect(params.orgIn).toEqual(["meta"]);
    expect(params.orgOut).toEqual(["openai"]);
  });

  it("reports nonsense with the valid values and falls back to defaults", () => {
    const { params, issues } = parseGapParams(
      {
        cat: "poetry",
        open: "free-ish",
        from: "2024-13-45",
        source: "twitter",
        zoom: "9",
        sc: "yes",
        rel: "lots",
      },
      choices,
    );
    expect(params).toEqual(DEFAULT_GAP_PARAMS);
    const byKey = Object.fromEntries(issues.map((i) => [i.key, i.message]));
    expect(byKey.cat).toContain("Valid: overall, coding, math");
    expect(byKey.open).toContain("open-osi");
    expect(byKey.from).toContain("YYYY-MM-DD");
    expect(byKey.source).toContain("all, lmarena-daily-csv");
    expect(byKey.parameter).toContain("zoom");
    expect(byKey.sc).toContain("1 (style control on)");
    expect(byKey.rel).toContain("1 (show model releases");
  });

  it("swaps a reversed date range and says so", () => {
    const { params, issues } = parseGapParams({ from: "2025-01-01", to: "2024-01-01" }, choices);
    expect([params.from, params.to]).toEqual(["2024-01-01", "2025-01-01"]);
    expect(issues[0]?.message).toContain("swapped");
  });
});

import { describe, expect, it } from "vitest";
import { toCompareCsv, type CompareExportRow } from "./to-compare-export";

const row: CompareExportRow = {
  category: "overall",
  model_slug: "evil",
  model: "+HYPERLINK(1)",
  organization: "-Org, Inc.",
  licence_class: "unknown",
  rating: 1200,
  lower: null,
  upper: null,
  delta_vs_first: -12.5,
  overlaps_first: false,
};

describe("toCompareCsv", () => {
  it("prefixes formula-like text, quotes commas and keeps negative numbers as numbers", () => {
    const [header, line] = toCompareCsv([row], { source: "board", date: "2025-01-01" })
      .trimEnd()
      .split("\n");
    expect(header).toBe(
      "category,model_slug,model,organization,licence_class,rating,lower,upper,delta_vs_first,overlaps_first,source,snapshot_date",
    );
    expect(line).toBe(
      `overall,evil,'+HYPERLINK(1),"'-Org, Inc.",unknown,1200,,,-12.5,false,board,2025-01-01`,
    );
  });
});

describe("toCompareCsv rounding", () => {
  it("writes a fitted rating at one decimal and a whole-point board whole", () => {
    // The cell: 1274.1856580388371 from the LMArena dataset's fitted scores.
    const fitted = {
      ...row,
      rating: 1274.1856580388371,
      lower: 1270.02,
      upper: 1278.4,
      delta_vs_first: 3.14159,
    };
    const [, a] = toCompareCsv([fitted], { source: "lmarena-dataset", date: "2026-08-19" })
      .trimEnd()
      .split("\n");
    expect(a).toContain(",1274.2,1270,1278.4,3.1,");
    const whole = { ...row, rating: 1398, lower: 1393, upper: 1403, delta_vs_first: 52 };
    const [, b] = toCompareCsv([whole], { source: "arena-ai-daily", date: "2026-08-21" })
      .trimEnd()
      .split("\n");
    expect(b).toContain(",1398,1393,1403,52,");
  });
});

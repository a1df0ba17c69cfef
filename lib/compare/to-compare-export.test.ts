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

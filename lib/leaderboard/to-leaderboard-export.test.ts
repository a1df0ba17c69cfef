import { describe, expect, it } from "vitest";
import { makeEntry } from "./testing/make-entry";
import { toLeaderboardCsv, toLeaderboardExport } from "./to-leaderboard-export";

describe("toLeaderboardCsv", () => {
  it("writes raw numbers, blanks for unknown facts and quotes text with commas", () => {
    const rows = toLeaderboardExport([
      makeEntry({
        name: "Meta-Llama-3.1-405b-Instruct",
        slug: "llama-3.1-405b-instruct",
        rank: 4,
        tier: 2,
        rating: 1262,
        lower: 1257,
        upper: 1269,
        votes: 7322,
        organization: "Meta",
        licence: "Llama 3.1, Community",
        licenceClass: "open-restricted",
        parametersB: 405,
      }),
    ]);
    const csv = toLeaderboardCsv(rows, {
      source: "lmarena-daily-csv",
      date: "2024-08-01",
      category: "overall",
    });
    const [header, line] = csv.trimEnd().split("\n");
    expect(header).toBe(
      "rank,tier,model,slug,rating,lower,upper,votes,organization,licence,licence_class,release_date,parameters_b,context_window,input_price_per_m,output_price_per_m,source,snapshot_date,category",
    );
    expect(line).toBe(
      '4,2,Meta-Llama-3.1-405b-Instruct,llama-3.1-405b-instruct,1262,1257,1269,7322,Meta,"Llama 3.1, Community",open-restricted,,405,,,,lmarena-daily-csv,2024-08-01,overall',
    );
  });
});

describe("toLeaderboardCsv with hostile names", () => {
  it("keeps a source's formula-like text from running in a spreadsheet; numbers stay numbers", () => {
    const rows = toLeaderboardExport([
      makeEntry({ name: "=cmd|' /C calc'!A0", organization: "@evil", rating: -5, lower: null }),
    ]);
    const csv = toLeaderboardCsv(rows, { source: "s", date: "2024-08-01", category: "overall" });
    const line = csv.trimEnd().split("\n")[1] ?? "";
    expect(line).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(line).toContain(",'@evil,");
    expect(line).toContain(",-5,,");
  });
});

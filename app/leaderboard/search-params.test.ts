import { describe, expect, it } from "vitest";
import {
  DEFAULT_LEADERBOARD_PARAMS,
  parseLeaderboardParams,
  serializeLeaderboardParams,
  type LeaderboardChoices,
} from "./search-params";

const choices: LeaderboardChoices = {
  sources: ["lmarena-daily-csv", "lmarena-catalog", "arena-ai-daily"],
  categories: ["overall", "coding", "math"],
  licences: ["apache-2-0", "mit", "llama-3-1-community", "proprietary"],
  organizations: ["meta", "openai", "deepseek"],
};
const fromQuery = (query: string) => Object.fromEntries(new URLSearchParams(query));

describe("leaderboard URL state", () => {
  it("opens the default board from an empty query and serializes it to nothing", () => {
    expect(parseLeaderboardParams({}, choices)).toEqual({
      params: DEFAULT_LEADERBOARD_PARAMS,
      issues: [],
    });
    expect(serializeLeaderboardParams(DEFAULT_LEADERBOARD_PARAMS)).toBe("");
  });

  it("round-trips every key", () => {
    const query =
      "?source=lmarena-catalog&sc=1&at=2025-06-01&cat=coding&q=llama+3&sort=-votes&cls=open-osi,open-restricted&lic=mit&org=meta,deepseek&all=1";
    const { params, issues } = parseLeaderboardParams(fromQuery(query), choices);
    expect(issues).toEqual([]);
    expect(params).toMatchObject({
      source: "lmarena-catalog",
      sc: true,
      at: "2025-06-01",
      cat: "coding",
      q: "llama 3",
      sort: { column: "votes", desc: true },
      cls: ["open-osi", "open-restricted"],
      lic: ["mit"],
      org: ["meta", "deepseek"],
      all: true,
    });
    expect(serializeLeaderboardParams(params)).toBe(query);
  });

  it("accepts repeated keys from a plain HTML form", () => {
    const { params } = parseLeaderboardParams(
      { cls: ["open-osi", "proprietary"], org: ["meta"] },
      choices,
    );
    expect(params.cls).toEqual(["open-osi", "proprietary"]);
    expect(params.org).toEqual(["meta"]);
  });

  it("reports bad values with the valid ones and falls back to the defaults", () => {
    const { params, issues } = parseLeaderboardParams(
      {
        at: "2024-02-30",
        sort: "elo",
        source: "twitter",
        cat: "poetry",
        cls: "free-ish",
        org: "acme",
        zoom: "2",
      },
      choices,
    );
    expect(params).toEqual(DEFAULT_LEADERBOARD_PARAMS);
    const byKey = Object.fromEntries(issues.map((i) => [i.key, i.message]));
    expect(byKey.at).toBe(
      'Unknown at "2024-02-30". Valid: a date as YYYY-MM-DD (the latest snapshot is shown instead).',
    );
    expect(byKey.sort).toContain("rank, tier, model, rating, votes");
    expect(byKey.sort).toContain("prefix - for descending");
    expect(byKey.source).toContain("lmarena-daily-csv, lmarena-catalog, arena-ai-daily");
    expect(byKey.cat).toContain("It has: Overall, Coding, Math.");
    expect(byKey.cls).toContain("proprietary, open-restricted");
    expect(byKey.org).toContain('"acme"');
    expect(byKey.parameter).toContain('"zoom"');
  });

  it("accepts any source and category while they are not known yet", () => {
    const { params, issues } = parseLeaderboardParams(
      { source: "anything", cat: "anything" },
      { ...choices, sources: null, categories: null },
    );
    expect(issues).toEqual([]);
    expect(params).toMatchObject({ source: "anything", cat: "anything" });
  });
});

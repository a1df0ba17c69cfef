import { beforeAll, describe, expect, it } from "vitest";
import { assignTiers } from "./assign-tiers";
import { rankEntries, type RankedBoard } from "./rank-entries";
import { makeEntry } from "./testing/make-entry";
import { readDailyBoard } from "./testing/read-daily-board";

describe("assignTiers on the real lmarena-daily-csv board of 2024-08-01", () => {
  let board: RankedBoard;
  beforeAll(async () => {
    board = rankEntries(await readDailyBoard("2024.08.01"));
  });
  const tierOf = (name: string) => board.entries.find((e) => e.name === name)?.tier;
  const tier = (n: number) => board.entries.filter((e) => e.tier === n).map((e) => e.name);

  it("puts every model whose interval overlaps GPT-4o's [1283, 1289] in tier 1", () => {
    expect(board.tiersAvailable).toBe(true);
    // GPT-4o-mini's upper bound 1285 reaches 1283; Claude 3.5 Sonnet's 1275 does not.
    expect(tier(1)).toEqual(["GPT-4o-2024-05-13", "GPT-4o-mini-2024-07-18"]);
  });

  it("anchors tier 2 on Claude 3.5 Sonnet [1269, 1275]; touching bounds (1269) overlap", () => {
    expect(tier(2)).toEqual([
      "Claude 3.5 Sonnet",
      "Gemini-Advanced-0514",
      "Meta-Llama-3.1-405b-Instruct",
    ]);
    expect(tier(3)).toEqual([
      "Gemini-1.5-Pro-API-0514",
      // Both at 1257: equal ratings are listed by name.
      "Gemini-1.5-Pro-API-0409-Preview",
      "GPT-4-Turbo-2024-04-09",
    ]);
  });

  it("tiers the wide-interval Athene-70b with GPT-4-1106-preview, and Yi-Large-preview alone", () => {
    expect(tierOf("Athene-70b")).toBe(4);
    expect(tierOf("Meta-Llama-3.1-70b-Instruct")).toBe(4);
    expect(tierOf("Yi-Large-preview")).toBe(5);
    expect(Math.max(...board.entries.map((e) => e.tier ?? 0))).toBe(32);
    expect(board.entries).toHaveLength(122);
  });

  it("keeps the source's own ranks (Llama 3.1 405B is ranked 4)", () => {
    expect(board.rankFromSource).toBe(true);
    expect(board.entries.find((e) => e.name === "Meta-Llama-3.1-405b-Instruct")?.rank).toBe(4);
  });
});

describe("assignTiers edge cases", () => {
  it("lets a lower-rated model with a wide interval join a better tier than a higher one", () => {
    const tiers = assignTiers([
      { rating: 1300, lower: 1295, upper: 1305 },
      { rating: 1290, lower: 1286, upper: 1294 },
      { rating: 1280, lower: 1250, upper: 1310 },
    ]);
    expect(tiers).toEqual([1, 2, 1]);
  });

  it("gives entries without an interval no tier", () => {
    expect(assignTiers([{ rating: 1, lower: null, upper: null }])).toEqual([null]);
  });
});

describe("rankEntries without intervals or ranks", () => {
  it("computes competition ranks from ratings and reports tiers unavailable", () => {
    const board = rankEntries(
      [1200, 1250, 1250, 1100].map((rating, i) => makeEntry({ modelId: i, name: `M${i}`, rating })),
    );
    expect(board.tiersAvailable).toBe(false);
    expect(board.rankFromSource).toBe(false);
    expect(board.entries.map((e) => [e.name, e.rank, e.tier])).toEqual([
      ["M1", 1, null],
      ["M2", 1, null],
      ["M0", 3, null],
      ["M3", 4, null],
    ]);
  });
});

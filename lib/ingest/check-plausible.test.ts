import { describe, expect, it } from "vitest";
import { checkPlausible } from "./check-plausible";
import { expectIngestError } from "./expect-ingest-error";
import { makeModelFact } from "./model-fact";
import { makeScoreRow } from "./score-row";
import type { ParsedSnapshot } from "./types";

const board = (patch: Partial<ParsedSnapshot> = {}): ParsedSnapshot => ({
  arena: "text",
  publishedOn: "2026-08-19",
  styleControl: false,
  coverage: "complete",
  origin: "text.csv",
  scores: [makeScoreRow("m", "overall", 1400, { lower: 1395, upper: 1405, votes: 100, rank: 1 })],
  models: [makeModelFact("m", { inputPricePerM: 1, parametersB: 70, contextWindow: 128_000 })],
  ...patch,
});
const check = (snap: ParsedSnapshot) => () => checkPlausible("src", [snap], "2026-12-01");
const score = (patch: Parameters<typeof makeScoreRow>[3], rating = 1400) => ({
  scores: [makeScoreRow("m", "overall", rating, patch)],
});

describe("checkPlausible", () => {
  it("accepts a real-looking board", () => {
    expect(check(board())).not.toThrow();
  });

  it.each([
    ["rating 1e308", score({}, 1e308), "rating", "outside the plausible range"],
    ["negative rating", score({}, -5), "rating", "outside"],
    ["NaN rating", score({}, Number.NaN), "rating", "outside"],
    ["negative votes", score({ votes: -3 }), "votes", "outside"],
    ["fractional votes", score({ votes: 2.5 }), "votes", "whole number"],
    ["rank 0", score({ rank: 0 }), "rank", "outside"],
    ["lower bound above the rating", score({ lower: 1410, upper: 1420 }), "lower", "above"],
    ["upper bound below the rating", score({ lower: 1390, upper: 1395 }), "upper", "below"],
    ["interval 1,200 wide", score({ lower: 800, upper: 2000 }), "upper", "wider"],
  ])("rejects %s, naming source, file, row and field", (_name, patch, field, text) => {
    expectIngestError(
      check(board(patch)),
      "source src",
      "text.csv",
      "row 1",
      `field "${field}"`,
      text,
    );
  });

  it("rejects boards dated after the fetch date plus one day, or before 2023", () => {
    expectIngestError(check(board({ publishedOn: "2099-01-01" })), 'field "date"', "2026-12-02");
    expectIngestError(check(board({ publishedOn: "2022-12-31" })), 'field "date"');
    expect(check(board({ publishedOn: "2026-12-02" }))).not.toThrow();
  });

  it("moves both date floors back by exactly the shift of a synthetic scale history", () => {
    const old = board({
      publishedOn: "2022-12-31",
      models: [makeModelFact("m", { releaseDate: "2014-12-31" })],
    });
    const shifted = (days: number) => () =>
      checkPlausible("src", [old], "2026-12-01", { shiftedBackDays: days });
    expect(shifted(1)).not.toThrow();
    expectIngestError(shifted(0), 'field "date"');
    expectIngestError(
      () => checkPlausible("src", [{ ...old, publishedOn: "2023-01-01" }], "2026-12-01"),
      'field "releaseDate"',
    );
  });

  it.each([
    ["price", { inputPricePerM: -1 }, "inputPricePerM"],
    ["parameters", { parametersB: 1e9 }, "parametersB"],
    ["context", { contextWindow: 0 }, "contextWindow"],
    ["release date", { releaseDate: "2031-01-01" }, "releaseDate"],
  ])("rejects an implausible %s in a model fact", (_name, patch, field) => {
    expectIngestError(check(board({ models: [makeModelFact("m", patch)] })), `field "${field}"`);
  });
});

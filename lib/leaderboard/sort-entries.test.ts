import { describe, expect, it } from "vitest";
import {
  formatSortOrder,
  nextSortOrder,
  parseSortOrder,
  sortEntries,
  DEFAULT_SORT,
} from "./sort-entries";
import { makeEntry } from "./testing/make-entry";

const board = [
  makeEntry({ name: "Alpha", rank: 1, rating: 1300, inputPricePerM: 5, parametersB: null }),
  makeEntry({ name: "beta", rank: 2, rating: 1290, inputPricePerM: null, parametersB: 70 }),
  makeEntry({ name: "Gamma", rank: 3, rating: 1280, inputPricePerM: 0.5, parametersB: 405 }),
];
const names = (list: { name: string }[]) => list.map((e) => e.name);

describe("sortEntries", () => {
  it("sorts by rank by default and by name ignoring case", () => {
    expect(names(sortEntries(board, DEFAULT_SORT))).toEqual(["Alpha", "beta", "Gamma"]);
    expect(names(sortEntries(board, { column: "model", desc: true }))).toEqual([
      "Gamma",
      "beta",
      "Alpha",
    ]);
  });

  it("puts unknown values last in both directions, never as zero", () => {
    expect(names(sortEntries(board, { column: "input", desc: false }))).toEqual([
      "Gamma",
      "Alpha",
      "beta",
    ]);
    expect(names(sortEntries(board, { column: "input", desc: true }))).toEqual([
      "Alpha",
      "Gamma",
      "beta",
    ]);
    expect(names(sortEntries(board, { column: "params", desc: true }))).toEqual([
      "Gamma",
      "beta",
      "Alpha",
    ]);
  });
});

describe("sort order in the URL", () => {
  it("parses a column with an optional minus and rejects anything else", () => {
    expect(parseSortOrder("-votes")).toEqual({ column: "votes", desc: true });
    expect(parseSortOrder("model")).toEqual({ column: "model", desc: false });
    expect(parseSortOrder("elo")).toBeNull();
    expect(parseSortOrder("--rating")).toBeNull();
    expect(formatSortOrder({ column: "rating", desc: true })).toBe("-rating");
  });

  it("flips the current column and starts 'more is better' columns descending", () => {
    expect(nextSortOrder(DEFAULT_SORT, "rank")).toEqual({ column: "rank", desc: true });
    expect(nextSortOrder(DEFAULT_SORT, "votes")).toEqual({ column: "votes", desc: true });
    expect(nextSortOrder(DEFAULT_SORT, "input")).toEqual({ column: "input", desc: false });
  });
});

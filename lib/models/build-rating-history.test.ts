import { describe, expect, it } from "vitest";
import { buildRatingHistory } from "./build-rating-history";
import { findBestRank, type PositionedRating } from "./find-best-rank";

describe("buildRatingHistory", () => {
  it("turns snapshots a model missed into gaps inside its span, not outside", () => {
    const dates = new Map([
      ["csv", ["2024-06-19", "2024-07-01", "2024-07-10", "2024-08-01", "2024-09-01"]],
    ]);
    const [line] = buildRatingHistory(
      [
        { key: "csv", date: "2024-07-01", rating: 1287, lower: 1284, upper: 1290 },
        { key: "csv", date: "2024-08-01", rating: 1286, lower: 1283, upper: 1289 },
      ],
      dates,
    );
    expect(line?.points.map((p) => [p.date, p.rating])).toEqual([
      ["2024-07-01", 1287],
      ["2024-07-10", null],
      ["2024-08-01", 1286],
    ]);
    expect(line?.points[0]?.t).toBe(Date.UTC(2024, 6, 1));
  });

  it("keeps one line per key (board), never merging two scales", () => {
    const lines = buildRatingHistory(
      [
        { key: "a", date: "2024-05-15", rating: 1289, lower: null, upper: null },
        { key: "b", date: "2024-05-15", rating: 1165, lower: null, upper: null },
      ],
      new Map(),
    );
    expect(lines.map((l) => [l.key, l.points.length])).toEqual([
      ["a", 1],
      ["b", 1],
    ]);
  });
});

describe("findBestRank", () => {
  const r = (
    board: string,
    date: string,
    position: number,
    fieldSize: number,
  ): PositionedRating => ({
    board,
    snapshotId: 1,
    date,
    category: "overall",
    rating: 1289,
    position,
    fieldSize,
  });

  it("takes the best place, first reached, and ignores per-lab flagship lists", () => {
    // GPT-4o-2024-05-13: #1 of 96 (jasontrigg0) and of 96 (nakasyou) on 2024-05-15, #1 of 5 among
    // lab flagships; the elo history wins the tie by board key.
    const best = findBestRank([
      r("lmsys-elo-wide", "2024-05-15", 1, 96),
      r("lab-flagships", "2024-05-14", 1, 5),
      r("lmsys-elo-history", "2024-05-16", 1, 97),
      r("lmsys-elo-history", "2024-05-15", 1, 96),
      r("lmarena-daily-csv", "2024-06-19", 2, 109),
    ]);
    expect(best).toMatchObject({ board: "lmsys-elo-history", date: "2024-05-15", position: 1 });
    expect(findBestRank([r("lab-flagships", "2024-05-14", 1, 5)])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { selectSnapshot, type SnapshotCoverage } from "./select-snapshot";

// Real coverage of GPT-4o-2024-05-13, Llama-3.1-405B-fp8 and DeepSeek-R1 in the seeded database
// (a few snapshots per board), with the sources' priorities.
let id = 0;
const snap = (
  board: string,
  date: string,
  modelCount: number,
  priority: number,
  coverage: SnapshotCoverage["coverage"] = "complete",
): SnapshotCoverage => ({
  snapshotId: ++id,
  board,
  date,
  priority,
  coverage,
  modelCount,
});
const COVERAGE = [
  snap("lmarena-catalog.sc", "2025-12-17", 3, 2),
  snap("lmarena-catalog.sc", "2025-05-24", 3, 2),
  snap("lmarena-catalog", "2025-12-17", 2, 2),
  snap("lmarena-catalog", "2025-12-11", 3, 2),
  snap("lmarena-daily-csv", "2025-08-04", 3, 1),
  snap("lmarena-daily-csv", "2025-01-29", 3, 1),
  snap("lmarena-daily-csv", "2025-01-22", 2, 1),
  snap("lmsys-elo-history", "2025-03-26", 3, 4),
  snap("openlm-ai", "2025-07-01", 1, 6),
  snap("lab-flagships", "2026-07-21", 0, 5),
];

describe("selectSnapshot", () => {
  it("defaults to the newest snapshot of the board rating the most chosen models", () => {
    expect(selectSnapshot(COVERAGE, { board: null, at: null })).toMatchObject({
      snapshot: { board: "lmarena-catalog.sc", date: "2025-12-17" },
      note: null,
    });
  });

  it("within a board prefers the newest snapshot that rates the most of them", () => {
    // arena-catalog without style control lost GPT-4o on 2025-12-17: 2025-12-11 still has all three.
    expect(selectSnapshot(COVERAGE, { board: "lmarena-catalog", at: null })?.snapshot.date).toBe(
      "2025-12-11",
    );
  });

  it("takes the snapshot on `at`, else the nearest earlier one, and says so", () => {
    const exact = selectSnapshot(COVERAGE, { board: "lmarena-daily-csv", at: "2025-01-29" });
    expect(exact).toMatchObject({ snapshot: { date: "2025-01-29" }, note: null });
    const earlier = selectSnapshot(COVERAGE, { board: "lmarena-daily-csv", at: "2025-02-02" });
    expect(earlier).toMatchObject({
      snapshot: { date: "2025-01-29" },
      note: { kind: "earlier", requested: "2025-02-02" },
    });
  });

  it("falls back to a board's first snapshot when `at` precedes it", () => {
    expect(
      selectSnapshot(COVERAGE, { board: "lmarena-daily-csv", at: "2024-01-01" }),
    ).toMatchObject({
      snapshot: { date: "2025-01-22" },
      note: { kind: "first", requested: "2024-01-01" },
    });
  });

  it("with `at` and no board, prefers boards that reach back to that date", () => {
    // Neither arena-catalog board existed with these models by 2025-04-01; of the boards that did,
    // the daily CSV (2025-01-29) and the elo history (2025-03-26) rate all three: the newer wins.
    expect(selectSnapshot(COVERAGE, { board: null, at: "2025-04-01" })?.snapshot).toMatchObject({
      board: "lmsys-elo-history",
      date: "2025-03-26",
    });
  });

  it("breaks ties on date by source priority, then the board without style control", () => {
    const tie = [
      snap("b-source", "2025-01-01", 2, 5),
      snap("a-source.sc", "2025-01-01", 2, 1),
      snap("a-source", "2025-01-01", 2, 1),
    ];
    expect(selectSnapshot(tie, { board: null, at: null })?.snapshot.board).toBe("a-source");
  });

  it("returns null when no snapshot rates any of the models", () => {
    expect(selectSnapshot([snap("x", "2025-01-01", 0, 1)], { board: null, at: null })).toBeNull();
    expect(selectSnapshot(COVERAGE, { board: "no-such-board", at: null })).toBeNull();
  });
});

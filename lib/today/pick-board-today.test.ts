import { describe, expect, it } from "vitest";
import { daysOld, pickBoardToday, type BoardSnapshot } from "./pick-board-today";

const snap = (
  id: number,
  date: string,
  source: string,
  extra: Partial<BoardSnapshot> = {},
): BoardSnapshot => ({
  id,
  date,
  source,
  sourceName: source,
  priority: 1,
  coverage: "complete",
  hasIntervals: true,
  ...extra,
});

const BOARD = [
  snap(1, "2024-07-30", "daily", { priority: 2 }),
  snap(2, "2024-08-01", "pkl", { priority: 1, hasIntervals: false }),
  snap(3, "2024-08-01", "daily", { priority: 2 }),
  snap(4, "2026-04-19", "scrape", { coverage: "partial" }),
  snap(5, "2026-03-01", "dataset", { priority: 0 }),
];

describe("pickBoardToday", () => {
  it("takes the newest complete snapshot, never a partial one", () => {
    expect(pickBoardToday(BOARD)?.id).toBe(5);
  });

  it("time-travels to the nearest earlier complete snapshot from any source", () => {
    expect(pickBoardToday(BOARD, "2024-08-01")?.id).toBe(3);
    expect(pickBoardToday(BOARD, "2024-07-31")?.id).toBe(1);
    expect(pickBoardToday(BOARD, "2023-01-01")).toBeNull();
  });

  it("prefers intervals, then the preferred source, on the same date", () => {
    expect(pickBoardToday(BOARD, "2024-08-01")?.source).toBe("daily");
    const tie = [
      snap(7, "2025-01-01", "b", { priority: 3 }),
      snap(8, "2025-01-01", "a", { priority: 1 }),
    ];
    expect(pickBoardToday(tie)?.id).toBe(8);
  });

  it("counts days between ISO dates", () => {
    expect(daysOld("2026-08-19", "2026-12-01")).toBe(104);
  });
});

import { describe, expect, it } from "vitest";
import {
  checkQuality,
  findBoardBest,
  rateOnBoard,
  scoreQuality,
  type TaskBoardRating,
} from "./rate-on-boards";
import { makeTaskBoard } from "./testing/fixtures";

// Coding, 2025-12-17 (LMArena catalog, style control): Claude Opus 4.5 thinking 1538.2 [1524.5,
// 1551.9], Gemini 3 Pro 1520.2 [1509.1, 1531.2], Qwen3-235B-A22B-Instruct-2507 1469.8 [1463.1, 1476.4].
const coding = makeTaskBoard("coding", [
  [1, 1538.2, 13.7],
  [2, 1520.2, 11.05],
  [3, 1469.8, 6.65],
]);

describe("rateOnBoard", () => {
  const best = findBoardBest(coding, (id) => `m${id}`);
  it.each([
    [1, 1538.2, 0, true],
    [2, 1520.2, 18, true], // 1531.25 ≥ 1524.5: intervals overlap
    [3, 1469.8, 68.4, false],
  ])("model %i: rating %d, %d behind, tied %s", (id, rating, gap, tied) => {
    const r = rateOnBoard(coding, best, id);
    expect(r.rating).toBe(rating);
    expect(r.gap).toBeCloseTo(gap, 6);
    expect(r.tiedWithBest).toBe(tied);
  });

  it("falls back to 10 points when the board publishes no intervals", () => {
    const b = makeTaskBoard("vision", [
      [1, 1345, null],
      [2, 1336, null],
      [3, 1302, null],
    ]);
    const best = findBoardBest(b, String);
    expect(rateOnBoard(b, best, 2).tiedWithBest).toBe(true);
    expect(rateOnBoard(b, best, 3).tiedWithBest).toBe(false);
    expect(rateOnBoard(b, best, 9)).toMatchObject({ rating: null, gap: null });
  });
});

const r = (label: string, gap: number | null, tied = false): TaskBoardRating => ({
  boardId: label,
  label,
  rating: gap === null ? null : 1500 - gap,
  gap,
  tiedWithBest: tied,
});

describe("checkQuality", () => {
  it.each([
    ["frontier, tied everywhere", [r("Coding", 5, true)], "frontier", "pass", /tied with the best/],
    [
      "frontier, behind on one",
      [r("Coding", 5, true), r("Math", 40)],
      "frontier",
      "fail",
      /Math \(40 points behind\)/,
    ],
    [
      "within 30, worst 25",
      [r("Coding", 25), r("Math", 3)],
      "within",
      "pass",
      /Within 30 .*Coding: 25 points/,
    ],
    [
      "within 30, worst 68",
      [r("Coding", 68)],
      "within",
      "fail",
      /Coding: 68 points behind the best \(limit 30\)/,
    ],
    [
      "within, unrated",
      [r("Coding", 3), r("Vision", null)],
      "within",
      "fail",
      /Not rated on Vision/,
    ],
    ["any, the best", [r("Coding", 0)], "any", "pass", /the best on Coding/],
    // The issue: a green ✓ beside "68 points behind" when no bar was set.
    [
      "any, 68 behind",
      [r("Coding", 68)],
      "any",
      "unknown",
      /No quality bar set; Coding: 68 points/,
    ],
    [
      "any, partly unrated",
      [r("Coding", 10), r("Vision", null)],
      "any",
      "unknown",
      /counted as last/,
    ],
    ["any, unrated everywhere", [r("Vision", null)], "any", "fail", /Not rated on Vision/],
  ] as const)("%s → %s", (_label, ratings, bar, status, reason) => {
    const q = checkQuality([...ratings], bar, 30);
    expect(q.status).toBe(status);
    expect(q.reason).toMatch(reason);
  });
});

describe("scoreQuality", () => {
  it("averages the gaps, an unrated board counting as its last place", () => {
    const worst = new Map([["Vision", 43]]);
    expect(scoreQuality([r("Coding", 10), r("Vision", null)], worst)).toBe(26.5);
    expect(scoreQuality([r("Coding", 10), r("Math", 20)], worst)).toBe(15);
  });
});

import { describe, expect, it } from "vitest";
import type { ViewPoint } from "./build-gap-view";
import { describeAnswer, describeChange, describeMonths } from "./describe-answer";
import type { GapChange, MonthsBehind } from "./types";
import { winProbability } from "./win-probability";

const behind = (over: Partial<MonthsBehind>): MonthsBehind => ({
  snapshotId: 1,
  monthsBehind: 9.1,
  range: [6.4, 9.1],
  censored: false,
  reachedOn: "2025-11-18",
  reachedBy: "Gemini-3-Pro",
  reachedBasis: "release",
  openLeads: false,
  newLeaderOnly: false,
  ...over,
});

// The 2026-08-19 LMArena dataset text board, hand-checked against the raw file:
// claude-opus-5-high 1505.1 vs kimi-k3-max 1476.9.
const point: ViewPoint = {
  snapshotId: 1,
  date: "2026-08-19",
  source: "lmarena-dataset",
  coverage: "complete",
  closed: {
    slug: "claude-opus-5-high",
    name: "claude-opus-5-high",
    rating: 1505.1,
    lower: 1500,
    upper: 1510,
  },
  open: { slug: "kimi-k3-max", name: "kimi-k3-max", rating: 1476.9, lower: 1471, upper: 1483 },
  gap: 28.2,
  gapPct: 1.91,
  tied: false,
  behind: behind({}),
} as ViewPoint;

describe("winProbability", () => {
  it("follows the Elo formula: 0 → 50 %, 30 → 54.3 %, 400 → 90.9 %", () => {
    expect(winProbability(0)).toBe(0.5);
    expect(winProbability(30)).toBeCloseTo(0.5431, 4);
    expect(winProbability(400)).toBeCloseTo(10 / 11, 6);
    expect(winProbability(-30)).toBeCloseTo(1 - 0.5431, 4);
  });
});

describe("describeAnswer", () => {
  it("states points, percent, months, date and source in one sentence", () => {
    const a = describeAnswer(point, "LMArena leaderboard dataset");
    expect(a?.sentence).toBe(
      "Open-weight models are 28 points (1.9 %) behind, about 9 months, as of 2026-08-19 on LMArena leaderboard dataset.",
    );
    expect(a?.winShare).toBeCloseTo(0.5405, 3);
  });
  it("says when the open side leads or is level, and says nothing without both sides", () => {
    expect(describeAnswer({ ...point, gap: -4, gapPct: -0.3 }, "X")?.sentence).toBe(
      "Open-weight models lead proprietary ones by 4 points, as of 2026-08-19 on X.",
    );
    expect(describeAnswer({ ...point, gap: 0, gapPct: 0 }, "X")?.winShare).toBeNull();
    expect(describeAnswer({ ...point, open: null, gap: null }, "X")).toBeNull();
  });
});

describe("describeMonths", () => {
  it("rounds, and words the censored and under-a-month cases", () => {
    expect(describeMonths(behind({ monthsBehind: 0.6 }))).toBe("under a month");
    expect(describeMonths(behind({ monthsBehind: 1.2 }))).toBe("about 1 month");
    expect(describeMonths(behind({ censored: true, monthsBehind: 3.2 }))).toBe("at least 3 months");
    expect(describeMonths(behind({ newLeaderOnly: true }))).toBe("under a month");
    expect(describeMonths(behind({ monthsBehind: null }))).toBeNull();
  });
});

describe("describeChange", () => {
  const change = (points: number) => ({ points, percentagePoints: 0, months: 3 }) as GapChange;
  it("says narrowed when the gap shrank and widened when it grew", () => {
    expect(describeChange(change(-3))).toBe("narrowed by 3 points");
    expect(describeChange(change(17.4))).toBe("widened by 17 points");
    expect(describeChange(change(0.2))).toBe("unchanged");
    expect(describeChange(change(-1))).toBe("narrowed by 1 point");
  });
});

import { describe, expect, it } from "vitest";
import { makeGapPoint } from "@/lib/gap/testing/make-gap-point";
import type { GapPoint } from "@/lib/gap/types";
import { detectEvents, gapInterval } from "./detect-events";
import { toEventKey } from "./event-kinds";

const board = {
  view: { arena: "text" as const, sc: false, cat: "overall", source: "lmarena-dataset" },
  boardLabel: "Text",
};
const state = (point: GapPoint, monthsBehind: number | null = null) => ({ point, monthsBehind });
const withIntervals = (p: GapPoint, half: number, tied: boolean | null = null): GapPoint => ({
  ...p,
  tied,
  open: p.open && { ...p.open, lower: p.open.rating - half, upper: p.open.rating + half },
  closed: p.closed && { ...p.closed, lower: p.closed.rating - half, upper: p.closed.rating + half },
});

describe("detectEvents", () => {
  it("reports nothing when nothing changed", () => {
    const a = makeGapPoint("2026-01-01", ["GPT", 1400], ["Qwen", 1350]);
    const b = makeGapPoint("2026-01-08", ["GPT", 1402], ["Qwen", 1349]);
    expect(detectEvents(state(a, 5), state(b, 5.4), board)).toEqual([]);
  });

  it("reports a new open record once, naming before and after", () => {
    const a = makeGapPoint("2026-01-01", ["GPT", 1400], ["Qwen", 1350]);
    const b = makeGapPoint("2026-01-08", ["GPT", 1400], ["DeepSeek", 1352]);
    const events = detectEvents(state(a), state(b), board);
    expect(events.map((e) => e.kind)).toEqual(["open-record"]);
    expect(events[0]?.change).toEqual({ before: "Qwen", after: "DeepSeek" });
    expect(events[0]?.snapshotDate).toBe("2026-01-08");
    expect(toEventKey(events[0]!)).toBe(
      "open-record|lmarena-dataset|text|0|overall|2026-01-08|deepseek",
    );
  });

  it("reports a new proprietary leader", () => {
    const a = makeGapPoint("2026-01-01", ["GPT", 1400], ["Qwen", 1350]);
    const b = makeGapPoint("2026-01-08", ["Gemini", 1401], ["Qwen", 1350]);
    expect(detectEvents(state(a), state(b), board).map((e) => e.kind)).toEqual(["new-leader"]);
  });

  it("reports the gap entering and leaving a tie, and moving beyond its interval", () => {
    const apart = withIntervals(
      makeGapPoint("2026-01-01", ["GPT", 1400], ["Qwen", 1350]),
      5,
      false,
    );
    const tied = withIntervals(makeGapPoint("2026-01-08", ["GPT", 1396], ["Qwen", 1392]), 5, true);
    expect(gapInterval(tied)).toBeCloseTo(Math.hypot(5, 5));
    const kinds = detectEvents(state(apart), state(tied), board).map((e) => e.kind);
    expect(kinds).toEqual(["tie-start", "gap-moved"]);
    expect(detectEvents(state(tied), state(apart), board).map((e) => e.kind)).toEqual([
      "tie-end",
      "gap-moved",
    ]);
  });

  it("ignores a move within the interval and needs a whole month of months behind", () => {
    const a = withIntervals(makeGapPoint("2026-01-01", ["GPT", 1400], ["Qwen", 1350]), 10, false);
    const b = withIntervals(makeGapPoint("2026-01-08", ["GPT", 1400], ["Qwen", 1360]), 10, false);
    expect(detectEvents(state(a, 3), state(b, 3.9), board)).toEqual([]);
    const events = detectEvents(state(a, 3), state(b, 2), board);
    expect(events.map((e) => e.kind)).toEqual(["months-behind"]);
    expect(events[0]?.change).toEqual({ before: 3, after: 2 });
  });
});

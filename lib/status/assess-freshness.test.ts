import { describe, expect, it } from "vitest";
import { assessFreshness, cronIntervalMs, formatDuration } from "./assess-freshness";

const H = 3_600_000;
const now = new Date("2026-11-28T12:00:00Z");

describe("cronIntervalMs", () => {
  it("reads the default six-hourly schedule", () => {
    expect(cronIntervalMs("0 */6 * * *", now)).toBe(6 * H);
  });
  it("reads a seconds-level test schedule", () => {
    expect(cronIntervalMs("*/10 * * * * *", now)).toBe(10_000);
  });
});

describe("assessFreshness", () => {
  it("is fresh within one interval plus grace", () => {
    const f = assessFreshness({
      live: true,
      lastSuccessAt: "2026-11-28T05:30:00Z",
      intervalMs: 6 * H,
      now,
    });
    expect(f.state).toBe("fresh");
  });
  it("warns when older than the schedule promises", () => {
    const f = assessFreshness({
      live: true,
      lastSuccessAt: "2026-11-27T20:00:00Z",
      intervalMs: 6 * H,
      now,
    });
    expect(f.state).toBe("stale");
    expect(f.message).toContain("16 h");
    expect(f.message).toContain("every 6 h");
  });
  it("says when a live source never succeeded, and exempts frozen backfill sources", () => {
    expect(assessFreshness({ live: true, lastSuccessAt: null, intervalMs: 6 * H, now }).state).toBe(
      "never",
    );
    expect(
      assessFreshness({ live: false, lastSuccessAt: null, intervalMs: 6 * H, now }).state,
    ).toBe("backfill");
  });
  it("formats durations for people", () => {
    expect(formatDuration(30_000)).toBe("under a minute");
    expect(formatDuration(45 * 60_000)).toBe("45 min");
    expect(formatDuration(5 * 24 * H)).toBe("5 days");
  });
});

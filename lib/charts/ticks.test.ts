import { describe, expect, it } from "vitest";
import { niceTicks } from "./nice-ticks";
import { formatTimeTick, timeTicks } from "./time-ticks";

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
const iso = (ts: number[]) => ts.map((t) => new Date(t).toISOString().slice(0, 10));

describe("niceTicks", () => {
  it("fits the 2023–2026 text-arena ratings (1047–1515) instead of 1000–1800", () => {
    expect(niceTicks(1047, 1515, 7)).toEqual({
      domain: [1000, 1600],
      ticks: [1000, 1100, 1200, 1300, 1400, 1500, 1600],
    });
  });
  it("keeps a narrow range narrow and its steps even", () => {
    const a = niceTicks(1468, 1512, 6);
    expect(a.domain).toEqual([1460, 1520]);
    const steps = a.ticks.slice(1).map((v, i) => v - (a.ticks[i] ?? 0));
    expect(new Set(steps).size).toBe(1);
    expect(a.ticks.length).toBeLessThanOrEqual(6);
  });
  it("handles gaps near zero, a single value and non-finite input", () => {
    expect(niceTicks(0, 200, 5).ticks).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(30, 30, 5).domain[0]).toBeLessThan(30);
    expect(niceTicks(Number.NaN, 3).ticks).toEqual([0, 1]);
  });
});

describe("timeTicks", () => {
  it("puts half-year ticks on Jan and Jul for 2023-05 … 2026-08", () => {
    expect(iso(timeTicks(d("2023-05-08"), d("2026-08-19"), 7))).toEqual([
      "2023-07-01",
      "2024-01-01",
      "2024-07-01",
      "2025-01-01",
      "2025-07-01",
      "2026-01-01",
      "2026-07-01",
    ]);
  });
  it("falls back to yearly ticks when space is short", () => {
    expect(iso(timeTicks(d("2023-05-08"), d("2026-08-19"), 4))).toEqual([
      "2024-01-01",
      "2025-01-01",
      "2026-01-01",
    ]);
  });
  it("gives a two-day history one dated tick instead of a stretched month", () => {
    const t = timeTicks(d("2026-08-18"), d("2026-08-19"), 7);
    expect(t).toEqual([d("2026-08-18")]);
    expect(formatTimeTick(t[0] ?? 0, 0)).toBe("2026-08-18");
  });
  it("uses month starts, each label once (GLM-4.5's history 2025-08-04 … 2025-12-17)", () => {
    expect(iso(timeTicks(d("2025-08-04"), d("2025-12-17"), 6))).toEqual([
      "2025-09-01",
      "2025-10-01",
      "2025-11-01",
      "2025-12-01",
    ]);
  });
  it("keeps a tick on the first day of a month when the range starts on it", () => {
    expect(iso(timeTicks(d("2025-01-01"), d("2025-03-15"), 6))).toEqual([
      "2025-01-01",
      "2025-02-01",
      "2025-03-01",
    ]);
  });
  it("widens to quarters for GPT-4o's 19 months (2024-05-15 … 2025-12-17) at six ticks", () => {
    expect(iso(timeTicks(d("2024-05-15"), d("2025-12-17"), 6))).toEqual([
      "2024-07-01",
      "2024-10-01",
      "2025-01-01",
      "2025-04-01",
      "2025-07-01",
      "2025-10-01",
    ]);
  });
  it("labels January with the year and other months by name", () => {
    expect(formatTimeTick(d("2025-01-01"), 3)).toBe("2025");
    expect(formatTimeTick(d("2025-07-01"), 4)).toBe("Jul");
    expect(formatTimeTick(d("2025-07-01"), 0)).toBe("Jul 2025");
  });
});

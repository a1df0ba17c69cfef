import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/iso-date";
import { makeGapPoint as pt } from "./testing/make-gap-point";
import { thinBySource, thinSeries } from "./thin-series";

// 100 daily points; the open leader changes on day 40, a source switch on day 70.
const series = Array.from({ length: 100 }, (_, i) =>
  pt(
    addDays("2024-01-01", i),
    ["Closed", 1300 + i],
    [i < 40 ? "OpenA" : "OpenB", 1200 + i],
    i < 70 ? "a" : "b",
  ),
);

describe("thinSeries", () => {
  it("returns every point when the series fits", () => {
    expect(thinSeries(series, new Set(), 100)).toEqual(series);
  });

  it("keeps first, last, source switches and records; one real point per stretch", () => {
    const record = series[55]?.snapshotId ?? -1;
    const out = thinSeries(series, new Set([record]), 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out.length).toBeGreaterThan(10);
    const dates = out.map((p) => p.date);
    for (const i of [0, 55, 70, 99]) expect(dates).toContain(series[i]?.date);
    // Every drawn point is one of the input snapshots, unchanged, in order.
    for (const p of out) expect(series).toContain(p);
    expect([...dates].sort()).toEqual(dates);
    // No stretch of time is left empty: the largest hole is about one bucket (100 days / 16).
    const gaps = out.slice(1).map((p, i) => Date.parse(p.date) - Date.parse(out[i]?.date ?? ""));
    expect(Math.max(...gaps) / 86_400_000).toBeLessThanOrEqual(14);
  });

  it("draws the leader change of a stretch rather than its latest point", () => {
    const out = thinSeries(series, new Set(), 20).map((p) => p.date);
    expect(out).toContain(series[40]?.date);
  });

  it("keeps every source switch even when they alone exceed the bound", () => {
    const flipping = series.map((p, i) => ({ ...p, source: i % 2 ? "a" : "b" }));
    expect(thinSeries(flipping, new Set(), 20)).toHaveLength(100);
  });

  it("splits one budget over the sources by their share, leaving small ones whole", () => {
    const small = series.slice(0, 10).map((p) => ({ ...p, source: "c" }));
    const out = thinBySource({ big: series, small }, new Set(), 55);
    expect(out.small).toEqual(small);
    expect(out.big?.length).toBeLessThanOrEqual(45);
    expect(out.big?.length).toBeGreaterThan(30);
    expect(thinBySource({ big: series, small }, new Set(), 110)).toEqual({ big: series, small });
  });
});

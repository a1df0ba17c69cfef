import { describe, expect, it } from "vitest";
import { lmarenaDailyCsvAdapter } from "@/lib/ingest/lmarena-daily-csv";
import { lmsysEloHistoryAdapter } from "@/lib/ingest/lmsys-elo-history";
import { summariseOverlap } from "./summarise-overlap";
import { loadGapSeries } from "./testing/load-gap-series";
import { makeGapPoint as pt } from "./testing/make-gap-point";

describe("summariseOverlap", () => {
  it("shows the scraped board and the pkl history agreeing to under half a point", async () => {
    const [daily, history] = await Promise.all([
      loadGapSeries(lmarenaDailyCsvAdapter),
      loadGapSeries(lmsysEloHistoryAdapter),
    ]);
    const [overlap] = summariseOverlap({
      "lmsys-elo-history": history,
      "lmarena-daily-csv": daily,
    });
    // 92 daily snapshots (the sparser side) against 105 pkl dates; 67 have a pkl date within
    // 14 days (the daily CSV runs on to 2025-08-04, the pkl history stops at 2025-03-26).
    expect(overlap).toMatchObject({
      sources: ["lmarena-daily-csv", "lmsys-elo-history"],
      pairs: 67,
      from: "2024-06-17",
      to: "2025-04-08",
    });
    expect(overlap?.medianAbsDifference).toBeCloseTo(0.4349, 4);
  });

  it("takes the middle of an even count and reports sources that never overlap", () => {
    const a = (date: string, gap: number) => pt(date, ["C", 1300], ["O", 1300 - gap], "a");
    const b = (date: string, gap: number) => pt(date, ["C", 1300], ["O", 1300 - gap], "b");
    const out = summariseOverlap({
      a: [a("2024-01-01", 10), a("2024-02-01", 10), a("2024-03-01", 10), a("2024-04-01", 10)],
      b: [b("2024-01-02", 11), b("2024-02-02", 13), b("2024-03-02", 20), b("2024-04-02", 50)],
      c: [pt("2020-01-01", ["C", 1300], ["O", 1200], "c")],
    });
    expect(out.map((o) => [...o.sources, o.pairs, o.medianAbsDifference])).toEqual([
      ["a", "b", 4, 6.5],
      ["a", "c", 0, null],
      ["b", "c", 0, null],
    ]);
    expect(out[1]).toMatchObject({ from: null, to: null });
  });
});

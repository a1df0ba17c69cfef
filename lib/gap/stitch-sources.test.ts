import { describe, expect, it } from "vitest";
import { stitchSources } from "./stitch-sources";

const p = (date: string, source: string, sourcePriority: number, hasIntervals = true) => ({
  date,
  source,
  sourcePriority,
  hasIntervals,
});

describe("stitchSources", () => {
  it("keeps the preferred source where both have snapshots", () => {
    const out = stitchSources([p("2024-08-01", "daily", 1), p("2024-08-03", "other", 5)]);
    expect(out.map((x) => x.source)).toEqual(["daily"]);
  });

  it("prefers a snapshot with intervals over a preferred source without them", () => {
    const out = stitchSources([
      p("2024-08-01", "pkl", 1, false),
      p("2024-08-02", "daily", 3, true),
    ]);
    expect(out.map((x) => x.source)).toEqual(["daily"]);
  });

  it("fills a stretch the preferred source does not cover with the next source", () => {
    const out = stitchSources([
      p("2025-05-24", "catalog", 2),
      p("2025-11-05", "catalog", 2),
      p("2025-08-20", "scrape", 5),
      p("2025-11-10", "scrape", 5),
    ]);
    expect(out.map((x) => `${x.date} ${x.source}`)).toEqual([
      "2025-05-24 catalog",
      "2025-08-20 scrape",
      "2025-11-05 catalog",
    ]);
  });

  it("returns points oldest first", () => {
    const out = stitchSources([p("2026-01-01", "a", 1), p("2023-01-01", "a", 1)]);
    expect(out.map((x) => x.date)).toEqual(["2023-01-01", "2026-01-01"]);
  });
});

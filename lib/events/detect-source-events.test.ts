import { describe, expect, it } from "vitest";
import { detectSourceEvents, medianCadenceDays } from "./detect-source-events";

const daily = ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"];
const health = { source: "arena-ai-daily", name: "arena.ai", error: null, recentDates: daily };

describe("detectSourceEvents", () => {
  it("reads the usual cadence as the median gap", () => {
    expect(medianCadenceDays(daily)).toBe(1);
    expect(medianCadenceDays(["2026-01-01", "2026-01-08", "2026-01-09", "2026-01-16"])).toBe(7);
    expect(medianCadenceDays(["2026-01-01"])).toBeNull();
  });

  it("is quiet within a week, stale past twice the cadence and a week", () => {
    expect(detectSourceEvents({ ...health, today: "2026-11-30" })).toEqual([]);
    const [stale] = detectSourceEvents({ ...health, today: "2026-12-01" });
    expect(stale).toMatchObject({ kind: "source-stale", snapshotDate: "2026-11-23" });
    expect(stale?.title).toContain("8 days");
  });

  it("reports a failure keyed on the last snapshot, so a stretch of failures is one event", () => {
    const a = detectSourceEvents({ ...health, error: "HTTP 500", today: "2026-11-24" });
    const b = detectSourceEvents({ ...health, error: "timed out", today: "2026-11-25" });
    expect(a.map((e) => e.kind)).toEqual(["source-failed"]);
    expect(a[0]?.snapshotDate).toBe(b[0]?.snapshotDate);
    expect(a[0]?.summary).toContain("HTTP 500");
  });
});

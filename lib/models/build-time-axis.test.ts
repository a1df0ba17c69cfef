import { describe, expect, it } from "vitest";
import { buildTimeAxis, MIN_SPAN_DAYS } from "./build-time-axis";

const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
const days = (ticks: number[]) => ticks.map((x) => new Date(x).toISOString().slice(0, 10));

describe("buildTimeAxis", () => {
  it("draws two days of data in a four-week window with weekly day ticks", () => {
    // The case: two snapshots stretched full width with a single month tick.
    const axis = buildTimeAxis(t("2026-08-19"), t("2026-08-21"));
    expect(axis.unit).toBe("day");
    expect((axis.domain[1] - axis.domain[0]) / 86_400_000).toBe(MIN_SPAN_DAYS);
    expect(axis.domain[0]).toBeLessThan(t("2026-08-19"));
    expect(axis.domain[1]).toBeGreaterThan(t("2026-08-21"));
    expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
    const gaps = axis.ticks.slice(1).map((x, i) => x - axis.ticks[i]!);
    expect(new Set(gaps).size).toBe(1);
  });

  it("keeps a single day in view with ticks around it", () => {
    const axis = buildTimeAxis(t("2026-04-17"), t("2026-04-17"));
    expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
    expect(axis.domain[0]).toBeLessThan(t("2026-04-17"));
  });

  it("uses even day steps when a range holds fewer than three month starts", () => {
    const axis = buildTimeAxis(t("2026-06-21"), t("2026-08-19"));
    expect(axis.unit).toBe("day");
    expect(days(axis.ticks)).toEqual(["2026-07-02", "2026-07-16", "2026-07-30", "2026-08-13"]);
  });

  it("uses month starts for longer histories", () => {
    const axis = buildTimeAxis(t("2025-08-04"), t("2025-12-17"));
    expect(axis).toMatchObject({ unit: "month", domain: [t("2025-08-04"), t("2025-12-17")] });
    expect(days(axis.ticks)).toEqual(["2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01"]);
  });
});

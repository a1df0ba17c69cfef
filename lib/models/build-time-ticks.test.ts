import { describe, expect, it } from "vitest";
import { buildTimeTicks } from "./build-time-ticks";

const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
const days = (ticks: number[]) => ticks.map((x) => new Date(x).toISOString().slice(0, 10));

describe("buildTimeTicks", () => {
  it("uses month starts, each label once, at most six", () => {
    // GLM-4.5's history: 2025-08-04 … 2026-01-?? drew duplicate "2025-08" labels from the data.
    expect(days(buildTimeTicks(t("2025-08-04"), t("2025-12-17")))).toEqual([
      "2025-09-01",
      "2025-10-01",
      "2025-11-01",
      "2025-12-01",
    ]);
  });

  it("widens the step for long histories and aligns it to the calendar", () => {
    // GPT-4o: 2024-05-15 … 2025-12-17 (19 months) → every 6 months from July 2024.
    expect(days(buildTimeTicks(t("2024-05-15"), t("2025-12-17")))).toEqual([
      "2024-07-01",
      "2025-01-01",
      "2025-07-01",
    ]);
    expect(buildTimeTicks(t("2023-05-08"), t("2026-07-21")).length).toBeLessThanOrEqual(6);
  });

  it("keeps a tick on the first day of a month when the range starts on it", () => {
    expect(days(buildTimeTicks(t("2025-01-01"), t("2025-03-15")))).toEqual([
      "2025-01-01",
      "2025-02-01",
      "2025-03-01",
    ]);
  });

  it("gives a single-snapshot range its own day", () => {
    expect(days(buildTimeTicks(t("2025-12-17"), t("2025-12-17")))).toEqual(["2025-12-17"]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { lmarenaDailyCsvAdapter } from "@/lib/ingest/lmarena-daily-csv";
import { lmsysEloHistoryAdapter } from "@/lib/ingest/lmsys-elo-history";
import { subtractCalendarMonths } from "@/lib/dates/iso-date";
import { computeGapChange } from "./compute-gap-change";
import { loadGapSeries } from "./testing/load-gap-series";
import { makeGapPoint as pt } from "./testing/make-gap-point";
import type { GapPoint } from "./types";

describe("computeGapChange on real series", () => {
  let daily: GapPoint[];
  let history: GapPoint[];
  let at: GapPoint;
  beforeAll(async () => {
    daily = await loadGapSeries(lmarenaDailyCsvAdapter);
    history = await loadGapSeries(lmsysEloHistoryAdapter);
    // 2025-08-04: Gemini-2.5-Pro 1470 vs GLM-4.5 1434 → 36 points, 2.51 %.
    at = daily.find((p) => p.date === "2025-08-04")!;
  });

  it("compares with 3, 6 and 12 months earlier in the same series", () => {
    expect(at.gap).toBe(36);
    const three = computeGapChange(daily, at, 3); // ≤ 2025-05-04 → 2025-04-24: 1439 − 1373 = 66
    expect(three?.from.date).toBe("2025-04-24");
    expect(three?.points).toBe(-30);
    expect(three?.percentagePoints).toBeCloseTo(36 / 14.34 - 66 / 13.73, 10); // −2.30
    const six = computeGapChange(daily, at, 6); // ≤ 2025-02-04 → 2025-02-04: 1384 − 1361 = 23
    expect(six?.from.date).toBe("2025-02-04");
    expect(six?.points).toBe(13);
    expect(six?.percentagePoints.toFixed(2)).toBe("0.82");
    const twelve = computeGapChange(daily, at, 12); // ≤ 2024-08-04 → 2024-08-02: 1300 − 1262 = 38
    expect(twelve?.from).toMatchObject({
      date: "2024-08-02",
      gap: 38,
      source: "lmarena-daily-csv",
    });
    expect(twelve?.points).toBe(-2);
    expect(twelve?.percentagePoints.toFixed(2)).toBe("-0.50");
  });

  it("reaches into another source on a stitched timeline and says which", () => {
    // 18 months before 2025-08-04 is 2024-02-04; the daily CSV starts 2024-06-19, so the
    // jasontrigg0 pkl series answers: 2024-02-02 gpt-4-0125-preview 1185.02 vs yi-34b-chat 1043.82.
    const change = computeGapChange([...history, ...daily], at, 18);
    expect(change?.from.source).toBe("lmsys-elo-history");
    expect(change?.to.source).toBe("lmarena-daily-csv");
    expect(change?.from.date).toBe("2024-02-02");
    expect(change?.from.gap).toBeCloseTo(141.208, 3);
    expect(change?.points).toBeCloseTo(-105.208, 3);
    expect(change?.percentagePoints).toBeCloseTo(-11.018, 3);
  });

  it("is null when the timeline does not reach back far enough", () => {
    expect(computeGapChange(daily, at, 24)).toBeNull();
  });
});

describe("computeGapChange edge cases", () => {
  const a = pt("2024-01-31", ["A", 1300], ["O", 1200]);
  const b = pt("2024-02-29", ["A", 1300], ["O", 1250]);
  const now = pt("2024-05-31", ["A", 1320], ["O", 1300]);

  it("includes a point exactly on the cutoff and clamps to the month's last day", () => {
    // 2024-05-31 − 3 months = 2024-02-29 (leap year).
    expect(computeGapChange([a, b, now], now, 3)?.from).toBe(b);
    expect(computeGapChange([a, b, now], now, 4)?.from).toBe(a);
  });

  it("passes over points without a gap and is null when `at` has none", () => {
    const noOpen = pt("2024-02-29", ["A", 1300], null);
    expect(computeGapChange([a, noOpen, now], now, 3)?.from).toBe(a);
    expect(computeGapChange([noOpen, now], now, 3)).toBeNull();
    const atNoOpen = pt("2024-05-31", ["A", 1320], null);
    expect(computeGapChange([a, b], atNoOpen, 3)).toBeNull();
  });

  it("prefers `at`'s own source when two sources share the chosen date", () => {
    const other = pt("2024-02-29", ["X", 1100], ["Y", 1000], "other");
    const own = pt("2024-02-29", ["A", 1300], ["O", 1250], "mine");
    const at2 = pt("2024-05-31", ["A", 1320], ["O", 1300], "mine");
    expect(computeGapChange([own, other], at2, 3)?.from).toBe(own);
    expect(computeGapChange([other, own], at2, 3)?.from).toBe(own);
  });

  it("subtracts calendar months across year ends", () => {
    expect(subtractCalendarMonths("2025-01-15", 1)).toBe("2024-12-15");
    expect(subtractCalendarMonths("2025-03-31", 1)).toBe("2025-02-28");
    expect(subtractCalendarMonths("2025-08-04", 12)).toBe("2024-08-04");
    expect(subtractCalendarMonths("2025-08-04", 0)).toBe("2025-08-04");
  });
});

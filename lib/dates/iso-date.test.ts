import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  isIsoDate,
  monthsBetween,
  subtractCalendarMonths,
  todayIso,
} from "./iso-date";

describe("iso dates", () => {
  it("clamps the day when subtracting calendar months (one rule for presets and changes)", () => {
    expect(subtractCalendarMonths("2024-02-29", 12)).toBe("2023-02-28");
    expect(subtractCalendarMonths("2025-05-31", 3)).toBe("2025-02-28");
    expect(subtractCalendarMonths("2025-01-15", 1)).toBe("2024-12-15");
  });

  it("counts days and months across month and year ends", () => {
    expect(daysBetween("2025-11-16", "2026-08-19")).toBe(276);
    expect(monthsBetween("2025-11-16", "2026-08-19")).toBe(9.1);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
  });

  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-2-9")).toBe(false);
    expect(todayIso(new Date("2026-12-01T23:59:00Z"))).toBe("2026-12-01");
  });
});

import { describe, expect, it } from "vitest";
import { pickDefaultSource, type BoardSource } from "./pick-default-source";

const source = (slug: string, lastDate: string, hasIntervals: boolean, priority: number) =>
  ({
    slug,
    name: slug,
    homepage: "",
    priority,
    snapshotCount: 1,
    firstDate: lastDate,
    lastDate,
    hasIntervals,
  }) satisfies BoardSource;

describe("pickDefaultSource", () => {
  it("prefers the newest source with intervals over a newer one without (the seeded text board)", () => {
    const picked = pickDefaultSource([
      source("lmarena-daily-csv", "2025-08-04", true, 1),
      source("lmarena-catalog", "2025-12-11", true, 2),
      source("arena-ai-daily", "2026-04-19", true, 3),
      source("lab-flagships", "2026-07-21", false, 5),
    ]);
    expect(picked?.slug).toBe("arena-ai-daily");
  });

  it("breaks a date tie by source priority and falls back to the newest without intervals", () => {
    expect(
      pickDefaultSource([source("b", "2025-01-01", true, 2), source("a", "2025-01-01", true, 1)])
        ?.slug,
    ).toBe("a");
    expect(
      pickDefaultSource([
        source("old", "2024-01-01", false, 1),
        source("new", "2025-01-01", false, 2),
      ])?.slug,
    ).toBe("new");
    expect(pickDefaultSource([])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { SOURCE_ADAPTERS } from "@/lib/ingest/registry";
import { METHOD_CHANGES } from "./method-changes";

describe("METHOD_CHANGES", () => {
  it("names only registered rating sources and real dates", () => {
    const ratings = new Set(
      SOURCE_ADAPTERS.filter((a) => a.info.kind === "ratings").map((a) => a.info.slug),
    );
    for (const c of METHOD_CHANGES) {
      expect(ratings).toContain(c.source);
      expect(new Date(`${c.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(c.date);
      expect(c.label.length).toBeLessThanOrEqual(50);
    }
  });

  it("dates the documented switches where SOURCE.md puts them", () => {
    const at = (source: string) =>
      METHOD_CHANGES.filter((c) => c.source === source).map((c) => c.date);
    // jasontrigg0: online Elo for 20230508 and 20230522, table rating from the next pkl date.
    expect(at("lmsys-elo-history")).toEqual(["2023-06-19"]);
    // nakasyou vs jasontrigg0, every shared rating compared: they differ 2024-03-27 … 2024-06-26.
    expect(at("lmsys-elo-wide")).toEqual(["2024-03-27"]);
    expect(at("lmarena-daily-csv")).toContain("2025-07-27");
    expect(at("lmarena-catalog")).toContain("2025-01-28");
  });
});

import { describe, expect, it } from "vitest";
import { describeSeries, parseSeriesKey, toSeriesKey } from "./series-key";

describe("series keys", () => {
  it("round-trip every series shape, the default board as the bare source slug", () => {
    for (const key of [
      "lmarena-daily-csv",
      "lmarena-catalog.sc",
      "arena-ai-daily.code",
      "x.vision.sc",
    ])
      expect(toSeriesKey(parseSeriesKey(key)!)).toBe(key);
    expect(parseSeriesKey("lmarena-catalog")).toEqual({
      source: "lmarena-catalog",
      arena: "text",
      styleControl: false,
    });
  });

  it("rejects spellings toSeriesKey never writes", () => {
    for (const bad of ["", "a.text", "a.sc.code", "a.sc.sc", "a.poetry", "A-B", "a.code.vision.sc"])
      expect(parseSeriesKey(bad), bad).toBeNull();
  });

  it("describes a board with its source's name", () => {
    const name = (s: string) => (s === "lmarena-catalog" ? "LMArena arena-catalog" : s);
    expect(describeSeries("lmarena-catalog.sc", name)).toBe(
      "LMArena arena-catalog · style control",
    );
    expect(describeSeries("arena-ai-daily.webdev", name)).toBe("arena-ai-daily · WebDev arena");
  });
});

import { describe, expect, it } from "vitest";
import { describeBoard, parseBoardKey, toBoardKey } from "./board-key";

describe("board keys", () => {
  it("round-trip every board shape, the default board as the bare source slug", () => {
    for (const key of [
      "lmarena-daily-csv",
      "lmarena-catalog.sc",
      "arena-ai-daily.code",
      "x.vision.sc",
    ])
      expect(toBoardKey(parseBoardKey(key)!)).toBe(key);
    expect(parseBoardKey("lmarena-catalog")).toEqual({
      source: "lmarena-catalog",
      arena: "text",
      styleControl: false,
    });
  });

  it("rejects spellings toBoardKey never writes", () => {
    for (const bad of ["", "a.text", "a.sc.code", "a.sc.sc", "a.poetry", "A-B", "a.code.vision.sc"])
      expect(parseBoardKey(bad), bad).toBeNull();
  });

  it("describes a board with its source's name", () => {
    const name = (s: string) => (s === "lmarena-catalog" ? "LMArena arena-catalog" : s);
    expect(describeBoard("lmarena-catalog.sc", name)).toBe("LMArena arena-catalog · style control");
    expect(describeBoard("arena-ai-daily.code", name)).toBe("arena-ai-daily · code arena");
  });
});

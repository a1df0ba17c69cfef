import { describe, expect, it } from "vitest";
import { groupByBoard } from "./group-by-board";

describe("groupByBoard", () => {
  it("keeps claude-opus-4-7's webdev line off the text boards", () => {
    // Its overall history: arena.ai's daily scrape (text with style control, webdev), the
    // LMArena dataset (text with and without style control, webdev).
    const keys = [
      "arena-ai-daily.webdev",
      "arena-ai-daily.sc",
      "lmarena-dataset",
      "lmarena-dataset.sc",
      "lmarena-dataset.webdev",
    ];
    const groups = groupByBoard(keys, (k) => k);
    expect(groups.map((g) => [g.board, g.label, g.items])).toEqual([
      ["text", "Text arena, style control off", ["lmarena-dataset"]],
      ["text.sc", "Text arena, style control on", ["arena-ai-daily.sc", "lmarena-dataset.sc"]],
      [
        "webdev",
        "WebDev arena, style control off",
        ["arena-ai-daily.webdev", "lmarena-dataset.webdev"],
      ],
    ]);
  });

  it("skips keys that name no series", () => {
    expect(groupByBoard(["not a key"], (k) => k)).toEqual([]);
  });
});

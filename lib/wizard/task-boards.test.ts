import { describe, expect, it } from "vitest";
import { listTaskBoards } from "./task-boards";

describe("listTaskBoards", () => {
  it.each([
    [["chat"], [], ["text:overall"]],
    [["coding", "math"], [], ["text:coding", "text:math"]],
    [["long", "vision"], [], ["text:longer-query", "vision:overall"]],
    [["multilingual"], ["german", "japanese"], ["text:german", "text:japanese"]],
  ] as const)("%o (%o) → %o", (tasks, langs, boards) => {
    expect(listTaskBoards(tasks, langs).map((b) => `${b.arena}:${b.category}`)).toEqual(boards);
  });

  it("labels boards for people", () => {
    const labels = listTaskBoards(["long", "multilingual"], ["german"]).map((b) => b.label);
    expect(labels).toEqual(["Longer query", "German"]);
  });
});

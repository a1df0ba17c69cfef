import { describe, expect, it } from "vitest";
import { findIdentitySuspects, type RatingRow } from "./find-identity-suspects";
import { unreviewedSuspects } from "./reviewed-identity-suspects";

const row = (
  source: string,
  date: string,
  model: string,
  rating: number,
  ci: number | null = null,
  board = "text.0",
): RatingRow => ({
  source,
  board,
  date,
  model,
  rating,
  lower: ci === null ? null : rating - ci,
  upper: ci === null ? null : rating + ci,
});

describe("findIdentitySuspects", () => {
  it("flags one model under two slugs: the same exact rating on one board and date", () => {
    const out = findIdentitySuspects([
      row("dataset", "2026-06-25", "claude-opus-4-6-thinking", 1500.2525148178318),
      row("flagships", "2026-06-25", "claude-opus-4-6", 1500.2525148178318),
      row("flagships", "2026-06-25", "other", 1500.2525148178318, null, "webdev.0"),
    ]);
    expect(out.map((s) => s.key)).toEqual(["same-rating claude-opus-4-6|claude-opus-4-6-thinking"]);
  });

  it("needs equal bounds before calling two whole-point ratings the same", () => {
    const out = findIdentitySuspects([
      row("a", "2026-04-01", "x", 1474, 5),
      row("b", "2026-04-01", "y", 1474, 9),
    ]);
    expect(out).toEqual([]);
  });

  it("flags a slug whose rating jumps beyond its interval plus 40, net of the board's move", () => {
    const board = (date: string, shift: number, jumper: number) => [
      row("s", date, "a", 1200 + shift, 5),
      row("s", date, "b", 1250 + shift, 5),
      row("s", date, "c", 1300 + shift, 5),
      row("s", date, "j", jumper, 5),
    ];
    // The whole board moves +60 (re-anchoring): nobody is flagged.
    expect(
      findIdentitySuspects([...board("2024-01-01", 0, 1280), ...board("2024-02-01", 60, 1340)]),
    ).toEqual([]);
    // One model moves +60 while the board stays: two models behind one slug.
    const out = findIdentitySuspects([
      ...board("2024-01-01", 0, 1280),
      ...board("2024-02-01", 0, 1340),
    ]);
    expect(out.map((s) => s.key)).toEqual(["jump s|text.0|j|2024-02-01"]);
  });

  it("lists what no review covers", () => {
    const flags = findIdentitySuspects([
      row("lmsys-elo-history", "2023-05-08", "claude-v1", 1100),
      row("lmsys-elo-history", "2023-05-08", "x", 1000),
      row("lmsys-elo-history", "2023-06-19", "claude-v1", 1028),
      row("lmsys-elo-history", "2023-06-19", "x", 1000),
      row("new-source", "2023-05-08", "p", 900),
      row("new-source", "2023-05-08", "q", 950),
      row("new-source", "2023-05-08", "r", 980),
      row("new-source", "2023-06-19", "p", 1000),
      row("new-source", "2023-06-19", "q", 950),
      row("new-source", "2023-06-19", "r", 980),
    ]);
    expect(unreviewedSuspects(flags).map((s) => s.key)).toEqual([
      "jump new-source|text.0|p|2023-06-19",
    ]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { parseSourceFiles } from "../parse-source-files";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot } from "../types";
import { arenaAiDailyAdapter as adapter } from "./index";

// Hand-checked values were read from the raw files with python (json.load).
describe("arenaAiDailyAdapter on the real files of both collectors", () => {
  let snapshots: ParsedSnapshot[];
  beforeAll(async () => {
    snapshots = await parseSourceFiles(adapter, await readSourceDir(adapter, SHARED_DATA_DIR));
  });
  const board = (arena: string, category: string) =>
    snapshots.filter((s) => s.arena === arena && s.scores[0]?.category === category);
  const on = (arena: string, category: string, date: string) => {
    const found = board(arena, category).find((s) => s.publishedOn === date);
    if (!found) throw new Error(`no ${arena}/${category} snapshot on ${date}`);
    return found;
  };
  const rowsOf = (list: ParsedSnapshot[]) => list.reduce((n, s) => n + s.scores.length, 0);

  it("reads 345 files of 2026-03-19 … 08-22 as 101 board versions", async () => {
    expect(await readSourceDir(adapter, SHARED_DATA_DIR)).toHaveLength(345);
    expect(snapshots).toHaveLength(101);
    expect(rowsOf(snapshots)).toBe(9796);
    const dates = snapshots.map((s) => s.publishedOn).sort();
    expect([dates[0], dates.at(-1)]).toEqual(["2026-03-18", "2026-08-21"]);
  });

  it("has partial top-of-board reads to 2026-07-15 and whole boards from 2026-07-16", () => {
    const count = (list: ParsedSnapshot[], coverage: string) =>
      list.filter((s) => s.coverage === coverage).length;
    const text = board("text", "overall");
    expect([count(text, "partial"), count(text, "complete")]).toEqual([34, 13]);
    const webdev = board("webdev", "overall");
    expect([count(webdev, "partial"), count(webdev, "complete")]).toEqual([28, 18]);
    expect(count(board("webdev", "image-to-webdev"), "complete")).toBe(8);
    for (const s of snapshots.filter((s) => s.coverage === "complete"))
      expect(s.origin).toMatch(/^data\/2026-0[78]-\d\d\/[a-z-]+\.json$/);
    const sizes = text.filter((s) => s.coverage === "complete").map((s) => s.scores.length);
    expect(Math.min(...sizes)).toBe(374);
    expect(Math.max(...sizes)).toBe(394);
    expect(text.every((s) => s.styleControl)).toBe(true);
    expect(snapshots.filter((s) => s.arena === "webdev").every((s) => !s.styleControl)).toBe(true);
  });

  it("dates a board by its own date: 2026-08-19 text, read again on 08-20 and 08-21 (carried over)", () => {
    const s = on("text", "overall", "2026-08-19");
    expect(s).toMatchObject({ coverage: "complete", origin: "data/2026-08-19/text.json" });
    expect(s.scores).toHaveLength(393);
    expect(s.scores.find((r) => r.model === "kimi-k3-max")).toEqual({
      model: "kimi-k3-max",
      category: "overall",
      rating: 1490,
      lower: 1484,
      upper: 1496,
      votes: 14241,
      rank: 10,
    });
    expect(s.models.find((m) => m.name === "claude-fable-5")).toMatchObject({
      organization: "Anthropic",
      licence: "proprietary",
      inputPricePerM: 10,
      outputPricePerM: 50,
      contextWindow: 1_000_000,
    });
    // Listed without a rating, and listed without vendor or licence: facts, one with no score.
    expect(s.scores.some((r) => r.model === "deepseek-v4-pro-max-20260813")).toBe(false);
    expect(s.models.find((m) => m.name === "deepseek-v4-pro-max-20260813")).toMatchObject({
      inputPricePerM: 1.32,
    });
    expect(s.models.find((m) => m.name === "yi-lightning")).toMatchObject({
      organization: null,
      licence: null,
      openWeights: null,
    });
    const text = board("text", "overall").map((s) => s.publishedOn);
    expect(text).not.toContain("2026-08-20");
    expect(text.filter((d) => d >= "2026-08-19")).toEqual(["2026-08-19", "2026-08-21"]);
  });

  it("dates a changed board under an unchanged page date by its fetch day (text, 2026-08-03)", () => {
    // Both pages say "Aug 1, 2026"; the 08-03 read adds qwen3.8-max (preliminary, still listed).
    expect(on("text", "overall", "2026-08-01").scores).toHaveLength(383);
    const s = on("text", "overall", "2026-08-03");
    expect(s.origin).toBe("data/2026-08-03/text.json");
    expect(s.scores.find((r) => r.model === "qwen3.8-max")).toMatchObject({
      rating: 1496,
      lower: 1486,
      upper: 1506,
      votes: 3327,
      rank: 5,
    });
  });

  it("merges repeated partial reads of one board (2026-03-19 text, 'Mar 18')", () => {
    const s = on("text", "overall", "2026-03-18");
    expect(s).toMatchObject({ styleControl: true, coverage: "partial" });
    expect(s.scores[0]).toEqual({
      model: "claude-opus-4-6-thinking",
      category: "overall",
      rating: 1502,
      lower: 1496,
      upper: 1508,
      votes: 11671,
      rank: 1,
    });
    expect(s.models.find((m) => m.name === "glm-5")).toMatchObject({
      organization: "Z.ai",
      licence: "open",
      openWeights: true,
    });
  });

  it("reads code.json (to 07-16) and code-webdev.json as LMArena's WebDev board", () => {
    // 2026-04-18 and 04-19 read the same board; the page dates it Apr 17.
    const april = on("webdev", "overall", "2026-04-17");
    expect(april.origin).toBe("data/2026-04-18/code.json");
    expect(april.scores.find((r) => r.model === "glm-5.1")).toMatchObject({
      rating: 1538,
      lower: 1522,
      upper: 1554,
      votes: 1780,
      rank: 4,
    });
    // The 07-14/07-15 partial reads of the "Jul 13" board are completed by the 07-16 whole table.
    const july = on("webdev", "overall", "2026-07-13");
    expect(july).toMatchObject({
      coverage: "complete",
      origin: "data/2026-07-16/code-webdev.json",
    });
    expect(on("webdev", "overall", "2026-08-19").scores[0]).toEqual({
      model: "claude-opus-5-max",
      category: "overall",
      rating: 1691,
      lower: 1682,
      upper: 1700,
      votes: 7709,
      rank: 1,
    });
    const image = on("webdev", "image-to-webdev", "2026-08-04");
    expect(image.scores[0]).toMatchObject({ model: "claude-opus-5-max", rating: 1670, votes: 922 });
  });

  it("leaves out a name the board lists twice with different ratings, keeping its fact", () => {
    const s = on("webdev", "overall", "2026-08-19");
    const codex = "gpt-5.3-codex (codex-harness)";
    expect(s.scores.some((r) => r.model === codex)).toBe(false);
    expect(s.models.find((m) => m.name === codex)).toMatchObject({ organization: "OpenAI" });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import { parseSourceFiles } from "../parse-source-files";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot, SourceFile } from "../types";
import { arenaAiCategoriesAdapter as adapter } from "./index";

// Hand-checked values were read from the CSV files with awk.
describe("arenaAiCategoriesAdapter on the real files", () => {
  let snapshots: ParsedSnapshot[];
  beforeAll(async () => {
    snapshots = await parseSourceFiles(adapter, await readSourceDir(adapter, SHARED_DATA_DIR));
  });
  const on = (styleControl: boolean, date: string) => {
    const found = snapshots.find((s) => s.styleControl === styleControl && s.publishedOn === date);
    if (!found) throw new Error(`no snapshot on ${date}`);
    return found;
  };
  const find = (s: ParsedSnapshot, model: string, category: string) =>
    s.scores.find((r) => r.model === model && r.category === category);

  it("reads one snapshot per board and scrape day, 2026-02-26 … 07-08", () => {
    const sc = snapshots.filter((s) => s.styleControl);
    const raw = snapshots.filter((s) => !s.styleControl);
    expect([sc.length, raw.length]).toEqual([41, 42]);
    const rows = (list: ParsedSnapshot[]) => list.reduce((n, s) => n + s.scores.length, 0);
    expect([rows(sc), rows(raw)]).toEqual([123_329, 56_234]);
    const dates = snapshots.map((s) => s.publishedOn).sort();
    expect([dates[0], dates.at(-1)]).toEqual(["2026-02-26", "2026-07-08"]);
    expect(snapshots.every((s) => s.arena === "text" && s.coverage === "complete")).toBe(true);
  });

  it("normalises the catalog's category keys", () => {
    const categories = new Set(on(true, "2026-07-03").scores.map((r) => r.category));
    expect([...categories].sort()).toEqual([
      "coding",
      "creative-writing",
      "expert",
      "hard-prompts",
      "instruction-following",
      "longer-query",
      "math",
      "multi-turn",
      "overall",
    ]);
    expect(find(on(true, "2026-07-03"), "claude-fable-5", "longer-query")).toEqual({
      model: "claude-fable-5",
      category: "longer-query",
      rating: 1524,
      lower: 1510,
      upper: 1538,
      votes: null,
      rank: null,
    });
  });

  it("holds only the categories that changed that day (raw board, 2026-05-29: hard prompts)", () => {
    const s = on(false, "2026-05-29");
    expect(new Set(s.scores.map((r) => r.category))).toEqual(new Set(["hard-prompts"]));
    expect(s.scores).toHaveLength(360);
    expect(s.origin).toBe("leaderboard-text.csv#acb4d5733299");
    expect(find(on(false, "2026-07-08"), "glm-5.1", "overall")).toMatchObject({
      rating: 1467,
      lower: 1462,
      upper: 1472,
    });
  });

  it("keeps the first version (2026-02-26) and states names only, no organisation or licence", () => {
    const first = on(true, "2026-02-26");
    expect(first.scores.filter((r) => r.category === "overall")).toHaveLength(316);
    expect(find(first, "claude-opus-4-6", "overall")).toMatchObject({ rating: 1504, lower: 1497 });
    const fact = first.models.find((m) => m.name === "claude-opus-4-6");
    expect(fact).toMatchObject({ organization: null, licence: null, openWeights: null });
  });
});

const HEADER = "commit_time_utc,commit,category,model,rating,rating_q025,rating_q975";
const ROW = "2026-03-04T03:35:01Z,bc281f14b350,full,m,1400,1393,1407";
const PATH = "leaderboard-text.csv";
const csv = (...lines: string[]): SourceFile => ({ path: PATH, text: lines.join("\n") + "\n" });
const expectParseError = (file: SourceFile, ...parts: string[]) =>
  expectIngestError(() => adapter.parse(file), ...parts);

describe("arenaAiCategoriesAdapter on malformed input", () => {
  it("selects the two board files only", () => {
    const listing = [
      "SOURCE.md",
      "leaderboard-text-style-control.csv",
      PATH,
      "leaderboard-image.csv",
    ];
    expect(adapter.selectFiles(listing)).toEqual(["leaderboard-text-style-control.csv", PATH]);
  });

  it("lets a later scrape of the same day replace its categories", () => {
    const later = "2026-03-04T20:00:00Z,0123abcd4567,full,m,1410,1400,1420";
    const math = "2026-03-04T03:35:01Z,bc281f14b350,math,m,1300,1290,1310";
    const [s, ...rest] = adapter.parse(csv(HEADER, ROW, math, later));
    expect(rest).toEqual([]);
    expect(s?.scores.map((r) => [r.category, r.rating])).toEqual([
      ["overall", 1410],
      ["math", 1300],
    ]);
    expect(s?.origin).toBe(`${PATH}#0123abcd4567, ${PATH}#bc281f14b350`);
  });

  it("rejects a renamed column and a non-numeric rating", () => {
    expectParseError(csv(HEADER.replace("rating_q975", "upper"), ROW), PATH, 'field "rating_q975"');
    const bad = ROW.replace(",1400,", ",high,");
    expectParseError(csv(HEADER, ROW.replace(",m,", ",k,"), bad), PATH, "row 3", 'field "rating"');
  });

  it("rejects an empty table, a duplicate row and a commit with two times", () => {
    expectParseError(csv(HEADER), PATH, "empty table");
    expectParseError(csv(HEADER, ROW, ROW), PATH, "row 3", 'field "model"', "duplicate");
    const moved = ROW.replace("03:35:01", "04:00:00").replace(",m,", ",k,");
    expectParseError(csv(HEADER, ROW, moved), PATH, "row 3", 'field "commit_time_utc"');
  });

  it("rejects an unknown file", () => {
    expectParseError({ path: "leaderboard-vision.csv", text: `${HEADER}\n${ROW}\n` }, "expected");
  });
});

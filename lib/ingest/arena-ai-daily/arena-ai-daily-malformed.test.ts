import { describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import type { ParsedSnapshot, SourceFile } from "../types";
import { arenaAiDailyAdapter as adapter } from "./index";

const TEXT = "data/2026-03-19/text.json";
const FULL = "data/2026-08-19/text.json";

function expectParseError(file: SourceFile, ...parts: string[]) {
  expectIngestError(() => adapter.parse(file), ...parts);
}

function boardText(rows: string[], leaderboard = "text", lastUpdated: string | null = null) {
  const meta = {
    leaderboard,
    source_url: `https://arena.ai/leaderboard/${leaderboard}`,
    fetched_at: "2026-03-19T14:51:18+00:00",
    last_updated: lastUpdated,
    model_count: rows.length,
  };
  return `{"meta": ${JSON.stringify(meta)}, "models": [${rows.join(",")}]}`;
}

function parseOne(file: SourceFile): ParsedSnapshot {
  const [s] = adapter.parse(file) as ParsedSnapshot[];
  if (!s) throw new Error("no snapshot");
  return s;
}

const ROW =
  '{"rank": 1, "model": "m", "vendor": "V", "license": "open", "score": 1400, "ci": 5, "votes": 100}';
const FULL_ROW =
  '{"rank": 1, "rank_spread": [1, 3], "model": "m", "model_url": null, "vendor": "V", "license": "proprietary", "votes": 900, "score": 1450, "ci_low": 4, "ci_high": 6, "preliminary": false, "price_prompt": 2.5, "price_completion": 10, "context_length": 128000, "signals": null}';

describe("arenaAiDailyAdapter on malformed input", () => {
  it("selects the dated text and code boards only", () => {
    const boards = ["code.json", "code-webdev.json", "code-image-to-webdev.json", "text.json"];
    const listing = boards.map((b) => `data/2026-07-16/${b}`);
    const more = ["data/2026-07-16/_index.json", "data/2026-07-16/vision.json", "data/latest.json"];
    expect(adapter.selectFiles([...listing, ...more, "schemas/leaderboard.json"])).toEqual(listing);
  });

  it("dates by the page's date, else by the fetch day; both layouts give bounds", () => {
    const dated = parseOne({ path: TEXT, text: boardText([ROW], "text", "Mar 18, 2026") });
    expect(dated).toMatchObject({ publishedOn: "2026-03-18", coverage: "partial" });
    expect(parseOne({ path: TEXT, text: boardText([ROW]) }).publishedOn).toBe("2026-03-19");
    const full = parseOne({ path: FULL, text: boardText([FULL_ROW]) });
    expect(full).toMatchObject({ coverage: "complete", styleControl: true });
    expect(full.scores[0]).toMatchObject({ rating: 1450, lower: 1446, upper: 1456, votes: 900 });
    expect(full.models[0]).toMatchObject({ inputPricePerM: 2.5, contextWindow: 128000 });
  });

  it("skips a null score but keeps the model fact", () => {
    const unrated = ROW.replace('"m"', '"n"').replace('"score": 1400', '"score": null');
    const s = parseOne({ path: TEXT, text: boardText([ROW, unrated]) });
    expect(s.scores.map((r) => r.model)).toEqual(["m"]);
    expect(s.models.map((m) => m.name)).toEqual(["m", "n"]);
  });

  it("rejects a non-numeric score", () => {
    const bad = ROW.replace('"m"', '"n"').replace("1400", '"1400"');
    expectParseError({ path: TEXT, text: boardText([ROW, bad]) }, TEXT, "row 2", 'field "score"');
    const badFull = FULL_ROW.replace('"score": 1450', '"score": "n/a"');
    expectParseError({ path: FULL, text: boardText([badFull]) }, FULL, "row 1", 'field "score"');
  });

  it("rejects a renamed column in either layout", () => {
    const bad = ROW.replace('"vendor"', '"organization"');
    expectParseError({ path: TEXT, text: boardText([bad]) }, TEXT, "row 1", 'field "vendor"');
    const badFull = FULL_ROW.replace('"ci_high"', '"ci_upper"');
    expectParseError({ path: FULL, text: boardText([badFull]) }, FULL, 'field "ci_high"');
  });

  it("rejects a licence label the scraper does not emit and an unreadable page date", () => {
    const bad = ROW.replace('"open"', '"MIT"');
    expectParseError({ path: TEXT, text: boardText([bad]) }, TEXT, "row 1", 'field "license"');
    const text = boardText([ROW], "text", "18/03/2026");
    expectParseError({ path: TEXT, text }, TEXT, 'field "meta.last_updated"', "18/03/2026");
  });

  it("rejects an empty table", () => {
    expectParseError({ path: TEXT, text: boardText([]) }, TEXT, "empty table");
  });

  it("drops an exact repeat and leaves out a name listed twice with different figures", () => {
    const other = ROW.replace('"m"', '"k"').replace('"rank": 1', '"rank": 2');
    const copy = parseOne({ path: TEXT, text: boardText([ROW, ROW, other]) });
    expect(copy.scores.map((r) => r.model)).toEqual(["m", "k"]);
    const twice = ROW.replace("1400", "1350").replace('"rank": 1', '"rank": 3');
    const s = parseOne({ path: TEXT, text: boardText([ROW, other, twice]) });
    expect(s.scores.map((r) => r.model)).toEqual(["k"]);
    expect(s.models.map((m) => m.name)).toEqual(["m", "k"]);
  });

  it("rejects a board that does not match its file name, and an unknown board file", () => {
    expectParseError({ path: TEXT, text: boardText([ROW], "code") }, TEXT, "meta.leaderboard");
    const vision = "data/2026-03-19/vision.json";
    expectParseError({ path: vision, text: boardText([ROW], "vision") }, vision, "expected data/");
  });
});

describe("arenaAiDailyAdapter.combine", () => {
  const read = (folder: string, rows: string[], label: string | null) =>
    parseOne({ path: `data/${folder}/text.json`, text: boardText(rows, "text", label) });
  const A = ROW;
  const B = ROW.replace('"m"', '"k"').replace('"rank": 1', '"rank": 2');
  const A2 = ROW.replace('"votes": 100', '"votes": 180');

  it("keeps one version per board: repeats merge, partial reads add rows", () => {
    const out = adapter.combine([
      read("2026-03-19", [A], "Mar 18, 2026"),
      read("2026-03-20", [A, B], "Mar 18, 2026"),
      read("2026-03-21", [A2], "Mar 18, 2026"),
    ]);
    expect(out.map((s) => [s.publishedOn, s.scores.length])).toEqual([
      ["2026-03-18", 2],
      ["2026-03-21", 1],
    ]);
    expect(out[0]?.origin).toBe("data/2026-03-19/text.json, data/2026-03-20/text.json");
  });

  it("moves a board first read without a date to the date a later read gives", () => {
    const out = adapter.combine([
      read("2026-03-19", [A], null),
      read("2026-03-20", [A], "Mar 17, 2026"),
    ]);
    expect(out.map((s) => s.publishedOn)).toEqual(["2026-03-17"]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot, SourceFile } from "../types";
import { arenaAiDailyAdapter as adapter } from "./index";

const TEXT = "data/2026-03-19/text.json";

function snapshotOf(snapshots: ParsedSnapshot[], origin: string): ParsedSnapshot {
  const found = snapshots.find((s) => s.origin === origin);
  if (!found) throw new Error(`no snapshot for ${origin}`);
  return found;
}

function expectParseError(file: SourceFile, ...parts: string[]) {
  expectIngestError(() => adapter.parse(file), ...parts);
}

function boardText(rows: string[], leaderboard = "text"): string {
  const meta = `{"leaderboard": "${leaderboard}", "source_url": "https://arena.ai/leaderboard/${leaderboard}", "fetched_at": "2026-03-19T14:51:18+00:00", "last_updated": null, "model_count": ${rows.length}}`;
  return `{"meta": ${meta}, "models": [${rows.join(",")}]}`;
}

const ROW =
  '{"rank": 1, "model": "m", "vendor": "V", "license": "open", "score": 1400, "ci": 5, "votes": 100}';

describe("arenaAiDailyAdapter on the real files", () => {
  let snapshots: ParsedSnapshot[];
  beforeAll(async () => {
    const files = await readSourceDir(adapter, SHARED_DATA_DIR);
    snapshots = files.flatMap((f) => adapter.parse(f));
  });

  it("reads 32 dates × the text and code boards", () => {
    expect(snapshots).toHaveLength(64);
    for (const arena of ["text", "code"] as const) {
      const dates = snapshots.filter((s) => s.arena === arena).map((s) => s.publishedOn);
      expect(new Set(dates).size).toBe(32);
      expect(dates.toSorted()[0]).toBe("2026-03-19");
      expect(dates.toSorted().at(-1)).toBe("2026-04-19");
    }
    const rows = (arena: string) =>
      snapshots.filter((s) => s.arena === arena).reduce((n, s) => n + s.scores.length, 0);
    expect(rows("text")).toBe(1122);
    expect(rows("code")).toBe(1860);
  });

  it("turns score ± ci into bounds (2026-03-19 text, rank 1)", () => {
    const s = snapshotOf(snapshots, TEXT);
    expect(s).toMatchObject({ arena: "text", publishedOn: "2026-03-19", styleControl: true, coverage: "partial" });
    expect(s.scores[0]).toEqual({
      model: "claude-opus-4-6-thinking",
      category: "overall",
      rating: 1502,
      lower: 1496,
      upper: 1508,
      votes: 11671,
      rank: 1,
    });
  });

  it("keeps the scraper's open/proprietary label and vendor", () => {
    const s = snapshotOf(snapshots, TEXT);
    expect(s.scores.find((r) => r.model === "glm-5")).toMatchObject({
      rating: 1457,
      lower: 1451,
      upper: 1463,
      votes: 10991,
      rank: 19,
    });
    expect(s.models.find((m) => m.name === "glm-5")).toMatchObject({
      organization: "Z.ai",
      licence: "open",
      openWeights: true,
    });
    expect(s.models.find((m) => m.name === "claude-opus-4-6-thinking")).toMatchObject({
      organization: "Anthropic",
      licence: "proprietary",
      openWeights: false,
    });
  });

  it("maps code.json to the code arena (2026-04-19 glm-5.1)", () => {
    const s = snapshotOf(snapshots, "data/2026-04-19/code.json");
    expect(s.arena).toBe("code");
    expect(s.scores.find((r) => r.model === "glm-5.1")).toMatchObject({
      category: "overall",
      rating: 1538,
      lower: 1522,
      upper: 1554,
      rank: 4,
    });
  });
});

describe("arenaAiDailyAdapter on malformed input", () => {
  it("selects only dated text and code boards", () => {
    const listing = ["data/2026-03-19/_index.json", "data/2026-03-19/code.json", TEXT];
    const more = ["data/2026-03-19/vision.json", "data/latest.json", "schemas/leaderboard.json"];
    expect(adapter.selectFiles([...listing, ...more])).toEqual(["data/2026-03-19/code.json", TEXT]);
  });

  it("skips a null score but keeps the model fact", () => {
    const unrated = ROW.replace('"m"', '"n"').replace('"score": 1400', '"score": null');
    const [s] = adapter.parse({ path: TEXT, text: boardText([ROW, unrated]) });
    expect(s?.scores.map((r) => r.model)).toEqual(["m"]);
    expect(s?.models.map((m) => m.name)).toEqual(["m", "n"]);
  });

  it("rejects a non-numeric score", () => {
    const bad = ROW.replace('"m"', '"n"').replace("1400", '"1400"');
    expectParseError({ path: TEXT, text: boardText([ROW, bad]) }, TEXT, "row 2", 'field "score"');
  });

  it("rejects a renamed column", () => {
    const bad = ROW.replace('"vendor"', '"organization"');
    expectParseError({ path: TEXT, text: boardText([bad]) }, TEXT, "row 1", 'field "vendor"');
  });

  it("rejects a licence label the scraper does not emit", () => {
    const bad = ROW.replace('"open"', '"MIT"');
    expectParseError({ path: TEXT, text: boardText([bad]) }, TEXT, "row 1", 'field "license"');
  });

  it("rejects an empty table and duplicate rows", () => {
    expectParseError({ path: TEXT, text: boardText([]) }, TEXT, "empty table");
    expectParseError({ path: TEXT, text: boardText([ROW, ROW]) }, TEXT, "row 2", "duplicate");
  });

  it("rejects a board that does not match its file name", () => {
    expectParseError({ path: TEXT, text: boardText([ROW], "code") }, TEXT, "meta.leaderboard");
  });
});

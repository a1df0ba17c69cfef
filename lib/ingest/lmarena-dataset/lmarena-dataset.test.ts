import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestRejection } from "../expect-ingest-error";
import type { ParsedSnapshot, SourceFile } from "../types";
import { lmarenaDatasetAdapter as adapter } from "./index";
import { SAMPLE_ROWS } from "./sample-rows";
import { toTestColumns, writeTestParquet, type TestColumn } from "./write-test-parquet";

const TEXT = "text/full-00000-of-00001.parquet";

function fileOf(columns: Record<string, TestColumn>, path = TEXT): SourceFile {
  return { path, text: "", bytes: writeTestParquet(columns) };
}

/** The sample with one column changed (or dropped, for `undefined`). */
function withColumn(name: string, column: TestColumn | undefined): SourceFile {
  const columns = toTestColumns(SAMPLE_ROWS);
  if (column) columns[name] = column;
  else delete columns[name];
  return fileOf(columns);
}

function sampleCells(name: string): TestColumn {
  const column = toTestColumns(SAMPLE_ROWS)[name];
  if (!column) throw new Error(`no column ${name}`);
  return { ...column, data: [...column.data] };
}

const expectParseError = (file: SourceFile, ...parts: (string | RegExp)[]) =>
  expectIngestRejection(adapter.parse(file), ...parts);

describe("lmarenaDatasetAdapter on a shard in the dataset's schema", () => {
  let snapshots: ParsedSnapshot[];
  beforeAll(async () => {
    snapshots = await adapter.parse(fileOf(toTestColumns(SAMPLE_ROWS)));
  });
  const on = (date: string) => snapshots.find((s) => s.publishedOn === date);

  it("groups the rows into one snapshot per publish date, oldest first", () => {
    expect(snapshots.map((s) => s.publishedOn)).toEqual(["2025-11-06", "2025-12-11"]);
    for (const s of snapshots) {
      expect(s).toMatchObject({ arena: "text", styleControl: false, origin: TEXT });
    }
    expect(on("2025-11-06")?.scores).toHaveLength(6);
    expect(on("2025-12-11")?.scores).toHaveLength(7);
  });

  it("normalises categories (hard_prompts → hard-prompts)", () => {
    const categories = new Set(on("2025-12-11")?.scores.map((r) => r.category));
    expect([...categories].sort()).toEqual(["coding", "hard-prompts", "overall"]);
  });

  it("keeps rating, CI bounds, votes and rank as written (2025-12-11 coding, Opus 4.5)", () => {
    const opus = on("2025-12-11")?.scores.find(
      (r) => r.model === "claude-opus-4-5-20251101" && r.category === "coding",
    );
    expect(opus).toEqual({
      model: "claude-opus-4-5-20251101",
      category: "coding",
      rating: 1498.0523144292692,
      lower: 1484.6046081338036,
      upper: 1511.500020724735,
      votes: 3155,
      rank: 1,
    });
  });

  it("states one model fact per model and date, licence text as written", () => {
    const models = on("2025-12-11")?.models ?? [];
    expect(models.map((m) => m.name)).toEqual([
      "gemini-3-pro",
      "claude-opus-4-5-20251101",
      "glm-4.6",
    ]);
    expect(models[2]).toMatchObject({ organization: "Z.ai", licence: "MIT", openWeights: null });
    expect(models[0]).toMatchObject({ organization: "Google", licence: "Proprietary" });
  });

  it("maps the subset folder to the board", async () => {
    const bytes = writeTestParquet(toTestColumns(SAMPLE_ROWS));
    const boardOf = async (path: string) => {
      const [s] = await adapter.parse({ path, text: "", bytes });
      return [s?.arena, s?.styleControl, s?.origin];
    };
    const sc = "text_style_control/latest-00000-of-00001.parquet";
    expect(await boardOf(sc)).toEqual(["text", true, sc]);
    const webdev = "webdev/full-00000-of-00001.parquet";
    expect(await boardOf(webdev)).toEqual(["webdev", false, webdev]);
    const vision = "vision/latest-00000-of-00001.parquet";
    expect(await boardOf(vision)).toEqual(["vision", false, vision]);
    const search = "search/latest-00000-of-00001.parquet";
    await expectParseError({ path: search, text: "", bytes }, search, 'unknown subset "search"');
  });

  it("reads a publish date stored as a Parquet timestamp", async () => {
    const dates = sampleCells("leaderboard_publish_date").data.map(
      (d) => new Date(`${String(d)}T00:00:00Z`),
    );
    const parsed = await adapter.parse(
      withColumn("leaderboard_publish_date", { type: "TIMESTAMP", data: dates }),
    );
    expect(parsed.map((s) => s.publishedOn)).toEqual(["2025-11-06", "2025-12-11"]);
  });

  it("reads vote_count and rank stored as doubles (as pandas writes a column with gaps)", async () => {
    const asDouble = (name: string): TestColumn => {
      const column = sampleCells(name);
      return { type: "DOUBLE", data: column.data.map(Number) };
    };
    const columns = {
      ...toTestColumns(SAMPLE_ROWS),
      vote_count: asDouble("vote_count"),
      rank: asDouble("rank"),
    };
    const [, dec] = await adapter.parse(fileOf(columns));
    expect(dec?.scores[0]).toMatchObject({ model: "gemini-3-pro", votes: 21034, rank: 1 });
  });

  it("turns missing bounds and votes (null, or NaN from pandas) into null", async () => {
    const lower = sampleCells("rating_lower");
    lower.data[0] = null;
    lower.data[1] = NaN;
    const votes = sampleCells("vote_count");
    votes.data[0] = null;
    const columns = { ...toTestColumns(SAMPLE_ROWS), rating_lower: lower, vote_count: votes };
    const [, dec] = await adapter.parse(fileOf(columns));
    expect(dec?.scores[0]).toMatchObject({ model: "gemini-3-pro", lower: null, votes: null });
    expect(dec?.scores[1]).toMatchObject({ lower: null, upper: 1453.4583334383456 });
  });
});

describe("lmarenaDatasetAdapter.selectFiles", () => {
  it("takes the known subsets' shards, and only `full` where a subset has both splits", () => {
    const listing = [
      "README.md",
      "search/latest-00000-of-00001.parquet",
      "text/full-00000-of-00001.parquet",
      "text/latest-00000-of-00001.parquet",
      "vision/latest-00000-of-00001.parquet",
      "webdev/full-00000-of-00002.parquet",
      "webdev/full-00001-of-00002.parquet",
    ];
    expect(adapter.selectFiles(listing)).toEqual([
      "text/full-00000-of-00001.parquet",
      "vision/latest-00000-of-00001.parquet",
      "webdev/full-00000-of-00002.parquet",
      "webdev/full-00001-of-00002.parquet",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { expectIngestRejection } from "../expect-ingest-error";
import type { SourceFile } from "../types";
import { lmarenaDatasetAdapter as adapter } from "./index";
import { SAMPLE_ROWS } from "./sample-rows";
import { toTestColumns, writeTestParquet, type TestColumn } from "./write-test-parquet";

const TEXT = "text/full-00000-of-00001.parquet";

function fileOf(columns: Record<string, TestColumn>): SourceFile {
  return { path: TEXT, text: "", bytes: writeTestParquet(columns) };
}

/** The sample with cell `index` (0-based) of one column replaced, or the column retyped. */
function withCell(
  name: string,
  index: number,
  value: TestColumn["data"][number],
  type?: TestColumn["type"],
) {
  const columns = toTestColumns(SAMPLE_ROWS);
  const column = columns[name];
  if (!column) throw new Error(`no column ${name}`);
  // A retyped INT64 column (e.g. a double vote_count, as pandas writes it) needs numbers.
  const data = column.data.map((v) => (type && typeof v === "bigint" ? Number(v) : v));
  data[index] = value;
  columns[name] = { type: type ?? column.type, data };
  return fileOf(columns);
}

const expectParseError = (file: SourceFile, ...parts: (string | RegExp)[]) =>
  expectIngestRejection(adapter.parse(file), ...parts);

describe("lmarenaDatasetAdapter on malformed input", () => {
  it("rejects a missing (renamed) column, naming it", async () => {
    const columns = toTestColumns(SAMPLE_ROWS);
    const { vote_count: votes, ...rest } = columns;
    if (!votes) throw new Error("no vote_count");
    const renamed = fileOf({ ...rest, votes });
    await expectParseError(renamed, TEXT, 'field "vote_count"', "missing column");
  });

  it("rejects a NaN or non-numeric rating with row and field", async () => {
    const nan = withCell("rating", 2, NaN);
    await expectParseError(nan, TEXT, "row 3", 'field "rating"', "not a number: NaN");
    // A text column is a schema change upstream: even "1486.6" there is not read as a number.
    const ratings = toTestColumns(SAMPLE_ROWS).rating?.data.map(String) ?? [];
    ratings[0] = "n/a";
    const asText = fileOf({
      ...toTestColumns(SAMPLE_ROWS),
      rating: { type: "STRING", data: ratings },
    });
    await expectParseError(asText, TEXT, "row 1", 'field "rating"', 'not a number: "n/a"');
  });

  it("rejects a bad publish date, a fractional vote count and an empty model name", async () => {
    const date = withCell("leaderboard_publish_date", 5, "2025-13-40");
    await expectParseError(
      date,
      "row 6",
      'field "leaderboard_publish_date"',
      'not a date: "2025-13-40"',
    );
    const votes = withCell("vote_count", 1, 12.5, "DOUBLE");
    await expectParseError(votes, "row 2", 'field "vote_count"', "expected int");
    await expectParseError(withCell("rank", 3, 0n), "row 4", 'field "rank"');
    await expectParseError(withCell("model_name", 0, " "), "row 1", 'field "model_name"');
  });

  it("rejects an empty table and a 0-byte file", async () => {
    await expectParseError(fileOf(toTestColumns([])), TEXT, "empty table");
    await expectParseError({ path: TEXT, text: "", bytes: new Uint8Array() }, TEXT, "empty table");
  });

  it("rejects corrupt bytes and a file read as text, naming the file", async () => {
    const good = writeTestParquet(toTestColumns(SAMPLE_ROWS));
    const truncated = good.slice(0, good.byteLength - 20);
    await expectParseError(
      { path: TEXT, text: "", bytes: truncated },
      TEXT,
      "not a readable Parquet file",
    );
    const garbage = new TextEncoder().encode("<html>404 not found</html>");
    await expectParseError(
      { path: TEXT, text: "", bytes: garbage },
      TEXT,
      "not a readable Parquet file",
    );
    await expectParseError({ path: TEXT, text: "PAR1…" }, TEXT, "no bytes");
  });

  it("drops an exact copy of (date, category, model), leaves out a conflicting repeat", async () => {
    const rows = [...SAMPLE_ROWS, { ...SAMPLE_ROWS[3]!, rank: 2n }];
    const [, dec] = await adapter.parse(fileOf(toTestColumns(rows)));
    expect(dec?.scores).toHaveLength(7);
    // LMArena's own webdev subset lists "gpt-5.3-codex (codex-harness)" twice: two models, one name.
    const conflict = [...SAMPLE_ROWS, { ...SAMPLE_ROWS[3]!, rating: 1500 }];
    const [, both] = await adapter.parse(fileOf(toTestColumns(conflict)));
    const opus = (r: { model: string; category: string }) =>
      r.model === "claude-opus-4-5-20251101" && r.category === "coding";
    expect(both?.scores).toHaveLength(6);
    expect(both?.scores.some(opus)).toBe(false);
  });

  it("rejects a path that is not a subset shard", async () => {
    const bytes = writeTestParquet(toTestColumns(SAMPLE_ROWS));
    await expectParseError(
      { path: "text.parquet", text: "", bytes },
      "text.parquet",
      "expected <subset>/",
    );
  });
});

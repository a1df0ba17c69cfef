import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestRejection } from "../expect-ingest-error";
import { parseSourceFiles } from "../parse-source-files";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot, SourceFile } from "../types";
import { lmarenaDatasetAdapter as adapter } from "./index";
import { SAMPLE_ROWS } from "./sample-rows";
import { toTestColumns, writeTestParquet } from "./write-test-parquet";

// Hand-checked values were read from the CSV files with awk.
describe("lmarenaDatasetAdapter on the CSV copy (Scarlett9826)", () => {
  let snapshots: ParsedSnapshot[];
  beforeAll(async () => {
    snapshots = await parseSourceFiles(adapter, await readSourceDir(adapter, SHARED_DATA_DIR));
  });
  const board = (arena: string, styleControl: boolean) =>
    snapshots.filter((s) => s.arena === arena && s.styleControl === styleControl);
  const on = (arena: string, styleControl: boolean, date: string) => {
    const found = board(arena, styleControl).find((s) => s.publishedOn === date);
    if (!found) throw new Error(`no ${arena} snapshot on ${date}`);
    return found;
  };
  const find = (s: ParsedSnapshot, model: string, category: string) =>
    s.scores.find((r) => r.model === model && r.category === category);

  it("reads one snapshot per subset and publish date, every row of the kept categories", () => {
    const dates = (list: ParsedSnapshot[]) => list.map((s) => s.publishedOn);
    const rows = (list: ParsedSnapshot[]) => list.reduce((n, s) => n + s.scores.length, 0);
    const sc = board("text", true);
    expect([sc.length, rows(sc), dates(sc)[0], dates(sc).at(-1)]).toEqual([
      17,
      56_544,
      "2026-06-25",
      "2026-08-19",
    ]);
    const raw = board("text", false);
    expect([raw.length, rows(raw)]).toEqual([14, 21_082]);
    expect(dates(raw)).not.toContain("2026-07-14");
    const webdev = board("webdev", false);
    // 9,908 rows less the 2 × 92 rows of the one name webdev lists twice.
    expect([webdev.length, rows(webdev), dates(webdev)[0]]).toEqual([23, 9_724, "2026-06-21"]);
    expect(snapshots.every((s) => s.coverage === "complete")).toBe(true);
    const categories = new Set(on("text", true, "2026-08-19").scores.map((r) => r.category));
    expect(categories.size).toBe(9);
  });

  it("keeps full-precision ratings, bounds and votes (2026-08-19 style control, overall)", () => {
    const s = on("text", true, "2026-08-19");
    expect(find(s, "kimi-k3-max", "overall")).toEqual({
      model: "kimi-k3-max",
      category: "overall",
      rating: 1489.6572182617208,
      lower: 1483.768873309187,
      upper: 1495.5455632142543,
      votes: 14241,
      rank: 10,
    });
    expect(find(s, "claude-fable-5", "overall")?.rating).toBe(1507.3327828803424);
    expect(s.models.find((m) => m.name === "kimi-k3-max")).toMatchObject({
      organization: "moonshot",
      licence: "Kimi K3 license",
    });
    expect(s.models.find((m) => m.name === "trinity-large-preview")?.organization).toBeNull();
  });

  it("reads a rank written 1.0 (text, 2026-06-25 coding) and the image-to-webdev category", () => {
    const coding = find(on("text", false, "2026-06-25"), "claude-opus-4-6", "coding");
    expect(coding).toMatchObject({ rating: 1534.6097057877816, votes: 15011, rank: 1 });
    const image = find(on("webdev", false, "2026-08-19"), "claude-opus-5-max", "image-to-webdev");
    expect(image).toMatchObject({ rating: 1670.260674532708, votes: 922, rank: 1 });
  });

  it("leaves out a name listed twice with different ratings in a category, not elsewhere", () => {
    const s = on("webdev", false, "2026-06-21");
    const codex = s.scores.filter((r) => r.model === "gpt-5.3-codex (codex-harness)");
    // Twice in overall, webdev, webdev-html and webdev-react; once in image_to_webdev.
    expect(codex.map((r) => [r.category, r.rating])).toEqual([
      ["image-to-webdev", 1441.312801267094],
    ]);
  });
});

const HEADER =
  "first_seen,last_seen,leaderboard_publish_date,category,rank,model_name,organization,license,rating,rating_lower,rating_upper,variance,vote_count";
const ROW_A =
  "2026-06-30,2026-07-02,2026-06-25,overall,1.0,a,org,MIT,1500.5,1495.5,1505.5,6.5,1200";
const ROW_B = "2026-06-30,2026-07-02,2026-06-25,overall,2.0,b,,Proprietary,1480,1470,1490,9,800";
const CSV = "text_style_control.csv";
const csv = (...lines: string[]): SourceFile => ({ path: CSV, text: lines.join("\n") + "\n" });
const expectParseError = (file: SourceFile, ...parts: string[]) =>
  expectIngestRejection(adapter.parse(file), ...parts);

describe("lmarenaDatasetAdapter on a malformed CSV copy", () => {
  it("selects the subsets' CSV files next to the Parquet shards", () => {
    const listing = [
      "SOURCE.md",
      "text.csv",
      "search.csv",
      "webdev.csv",
      "text/full-00000-of-00001.parquet",
    ];
    expect(adapter.selectFiles(listing)).toEqual([
      "text.csv",
      "text/full-00000-of-00001.parquet",
      "webdev.csv",
    ]);
  });

  it("reads the board from the file name", async () => {
    const [s] = await adapter.parse(csv(HEADER, ROW_A, ROW_B));
    expect(s).toMatchObject({ arena: "text", styleControl: true, publishedOn: "2026-06-25" });
    expect(s?.scores[1]).toMatchObject({ model: "b", rating: 1480, rank: 2, votes: 800 });
  });

  it("rejects a renamed column, naming it", async () => {
    await expectParseError(
      csv(HEADER.replace("vote_count", "votes"), ROW_A),
      CSV,
      'field "vote_count"',
      "missing column",
    );
  });

  it("rejects a non-numeric rating and a fractional rank with the line and field", async () => {
    await expectParseError(
      csv(HEADER, ROW_A, ROW_B.replace("1480", "n/a")),
      CSV,
      "row 3",
      'field "rating"',
      'not a number: "n/a"',
    );
    await expectParseError(csv(HEADER, ROW_A.replace(",1.0,", ",1.5,")), "row 2", 'field "rank"');
  });

  it("rejects an empty table and a truncated row", async () => {
    await expectParseError(csv(HEADER), CSV, "empty table");
    await expectParseError(
      csv(HEADER, ROW_A, "2026-06-30,2026-07-02"),
      CSV,
      "row 3",
      "unexpected field count",
    );
  });

  it("drops an exact repeat, leaves out a name listed twice with different figures", async () => {
    const [copy] = await adapter.parse(csv(HEADER, ROW_A, ROW_B, ROW_A.replace(",1.0,", ",3.0,")));
    expect(copy?.scores.map((r) => r.model)).toEqual(["a", "b"]);
    const [twice] = await adapter.parse(csv(HEADER, ROW_A, ROW_B, ROW_A.replace("1500.5", "1400")));
    expect(twice?.scores.map((r) => r.model)).toEqual(["b"]);
  });

  it("prefers a Parquet shard's snapshot to the CSV copy's for the same board and date", async () => {
    const shard = "text/full-00000-of-00001.parquet";
    const bytes = writeTestParquet(toTestColumns(SAMPLE_ROWS));
    const copy = ROW_A.replace("2026-06-25", "2025-12-11");
    const files = [
      { path: "text.csv", text: `${HEADER}\n${copy}\n${ROW_A}\n` },
      { path: shard, text: "", bytes },
    ];
    const parsed = await parseSourceFiles(adapter, files);
    expect(parsed.map((s) => [s.publishedOn, s.origin])).toEqual([
      ["2026-06-25", "text.csv"],
      ["2025-11-06", shard],
      ["2025-12-11", shard],
    ]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { findRating } from "../http/fetch-test-kit";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot } from "../types";
import { lmsysEloWideAdapter } from "./index";

const HEADER = ",gpt-4-0314,koala-13b";

function parseInline(text: string): ParsedSnapshot[] {
  return lmsysEloWideAdapter.parse({ path: "result.csv", text });
}

describe("lmsysEloWideAdapter on the real file", () => {
  let snapshots: ParsedSnapshot[] = [];
  beforeAll(async () => {
    const files = await readSourceDir(lmsysEloWideAdapter, SHARED_DATA_DIR);
    expect(files.map((f) => f.path)).toEqual(["result.csv"]);
    snapshots = files.flatMap((f) => lmsysEloWideAdapter.parse(f));
  });

  it("turns each of the 98 date rows into a snapshot of its non-zero cells", () => {
    expect(snapshots).toHaveLength(98);
    expect(snapshots[0]?.publishedOn).toBe("2023-05-08");
    expect(snapshots[0]?.scores).toHaveLength(13);
    expect(snapshots.at(-1)?.publishedOn).toBe("2025-02-27");
    expect(snapshots.at(-1)?.scores).toHaveLength(209);
    expect(snapshots.reduce((n, s) => n + s.scores.length, 0)).toBe(11_827);
    expect(
      snapshots.every((s) => s.arena === "text" && !s.styleControl && s.origin === "result.csv"),
    ).toBe(true);
  });

  it("keeps elo_rating_final as written, skipping 0.0 cells", () => {
    expect(findRating(snapshots, "2023-05-08", "gpt-4-0314")).toBeUndefined();
    expect(findRating(snapshots, "2023-12-20", "gpt-4-0314")).toBe(1128.6336315397584);
    // Inside the span where elo_rating_final is not the displayed rating (1186 on the board).
    expect(findRating(snapshots, "2024-06-17", "gpt-4-0314")).toBe(1033.841761496775);
    expect(findRating(snapshots, "2025-02-27", "claude-3-5-sonnet-20240620")).toBe(
      1268.140330174991,
    );
  });

  it("gives a name-only fact per rated model", () => {
    const last = snapshots.at(-1);
    expect(last?.models).toHaveLength(209);
    expect(last?.models.find((m) => m.name === "gpt-4-0314")).toMatchObject({
      aliases: [],
      licence: null,
      organization: null,
    });
  });
});

describe("lmsysEloWideAdapter on malformed input", () => {
  it("throws on a non-numeric or blank rating, naming file, row and model column", () => {
    expect(() => parseInline(`${HEADER}\n20231206,1124.9,1000\n20231215,abc,0.0\n`)).toThrow(
      /result\.csv, row 3, field "gpt-4-0314": not a number/,
    );
    expect(() => parseInline(`${HEADER}\n20231206,1124.9,\n`)).toThrow(/row 2, field "koala-13b"/);
  });

  it("throws on a bad date and on a header with a blank or missing model column", () => {
    expect(() => parseInline(`${HEADER}\n2023-13-06,1124.9,1000\n`)).toThrow(
      /row 2, field "date": not a date/,
    );
    expect(() => parseInline(`,gpt-4-0314, \n20231206,1124.9,1000\n`)).toThrow(
      /row 1, field "column 3": empty model key/,
    );
    expect(() => parseInline(`\n20231206\n`)).toThrow(
      /result\.csv, field "header": missing model key columns/,
    );
  });

  it("throws on an empty table and on a date row with every rating 0.0", () => {
    expect(() => parseInline(`${HEADER}\n`)).toThrow(/result\.csv: empty table/);
    expect(() => parseInline(`${HEADER}\n20231206,0.0,0.0\n`)).toThrow(
      /result\.csv, row 2: empty table/,
    );
  });

  it("throws on a duplicate date row and a duplicate model column", () => {
    const dupDate = `${HEADER}\n20231206,1124.9,1000\n20231206,1124.9,1000\n`;
    expect(() => parseInline(dupDate)).toThrow(/row 3, field "date": duplicate date 2023-12-06/);
    const dupColumn = `,gpt-4-0314,gpt-4-0314\n20231206,1124.9,1000\n`;
    expect(() => parseInline(dupColumn)).toThrow(/row 1, field "gpt-4-0314": duplicate model key/);
  });
});

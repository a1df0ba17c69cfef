import { beforeAll, describe, expect, it } from "vitest";
import { findRating } from "../http/fetch-test-kit";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot } from "../types";
import { lmsysEloHistoryAdapter } from "./index";

const HEADER = "key,Model,rating,License,Organization,date";
const GPT4_ROW = "gpt-4-0314,GPT-4-0314,1124.9588260120663,Proprietary,OpenAI,20231206";

function parseInline(text: string): ParsedSnapshot[] {
  return lmsysEloHistoryAdapter.parse({ path: "alltime.csv", text });
}

describe("lmsysEloHistoryAdapter on the real files", () => {
  let snapshots: ParsedSnapshot[] = [];
  beforeAll(async () => {
    const files = await readSourceDir(lmsysEloHistoryAdapter, SHARED_DATA_DIR);
    expect(files.map((f) => f.path)).toEqual(["alltime.csv"]);
    snapshots = files.flatMap((f) => lmsysEloHistoryAdapter.parse(f));
  });

  it("groups alltime.csv into 105 dated overall snapshots", () => {
    expect(snapshots).toHaveLength(105);
    expect(snapshots[0]?.publishedOn).toBe("2023-05-08");
    expect(snapshots[0]?.scores).toHaveLength(13);
    expect(snapshots.at(-1)?.publishedOn).toBe("2025-03-26");
    expect(snapshots.at(-1)?.scores).toHaveLength(220); // 221 rows, yi-34b-chat twice
    // 13,434 rows minus 96 exact repeats of yi-34b-chat.
    expect(snapshots.reduce((n, s) => n + s.scores.length, 0)).toBe(13_338);
    expect(
      snapshots.every((s) => s.arena === "text" && !s.styleControl && s.origin === "alltime.csv"),
    ).toBe(true);
  });

  it("keeps the raw pkl rating, not the displayed 2023 number", () => {
    expect(findRating(snapshots, "2023-12-06", "gpt-4-0314")).toBe(1124.9588260120663);
    expect(findRating(snapshots, "2023-12-15", "gpt-4-0314")).toBe(1150.1805019946523);
    expect(findRating(snapshots, "2023-12-20", "gpt-4-0314")).toBe(1128.6336315397584);
    const first = snapshots[0]?.scores.find((s) => s.model === "chatglm-6b");
    expect(first).toEqual({
      model: "chatglm-6b",
      category: "overall",
      rating: 918.2202296788714,
      lower: null,
      upper: null,
      votes: null,
      rank: null,
    });
  });

  it("collapses the doubled yi-34b-chat row and keeps licence text verbatim", () => {
    const dec06 = snapshots.find((s) => s.publishedOn === "2023-12-06");
    expect(dec06?.scores.filter((s) => s.model === "yi-34b-chat")).toHaveLength(1);
    expect(dec06?.models.find((m) => m.name === "yi-34b-chat")).toMatchObject({
      aliases: ["Yi-34B-Chat"],
      organization: "01 AI",
      licence: "Yi License",
    });
    const dec10 = snapshots.find((s) => s.publishedOn === "2024-12-10");
    expect(dec10?.models.find((m) => m.name === "claude-3-5-haiku-20241022")?.licence).toBe(
      "Propretary",
    );
  });
});

describe("lmsysEloHistoryAdapter on malformed input", () => {
  it("throws on a non-numeric rating, naming file, row and field", () => {
    const text = `${HEADER}\n${GPT4_ROW}\nkoala-13b,Koala-13B,n/a-ish,Non-commercial,UC Berkeley,20231206\n`;
    expect(() => parseInline(text)).toThrow(/alltime\.csv, row 3, field "rating": not a number/);
  });

  it("throws on a missing rating and a bad date", () => {
    expect(() => parseInline(`${HEADER}\n${GPT4_ROW.replace("1124.9588260120663", "")}\n`)).toThrow(
      /row 2, field "rating"/,
    );
    expect(() => parseInline(`${HEADER}\n${GPT4_ROW.replace("20231206", "20231306")}\n`)).toThrow(
      /row 2, field "date": not a date/,
    );
  });

  it("throws on a renamed column", () => {
    const text = `${HEADER.replace("rating", "elo")}\n${GPT4_ROW}\n`;
    expect(() => parseInline(text)).toThrow(/alltime\.csv, field "rating": missing column/);
  });

  it("throws on an empty table", () => {
    expect(() => parseInline(`${HEADER}\n`)).toThrow(/alltime\.csv: empty table/);
  });

  it("throws on a conflicting duplicate but collapses an exact repeat", () => {
    expect(parseInline(`${HEADER}\n${GPT4_ROW}\n${GPT4_ROW}\n`)[0]?.scores).toHaveLength(1);
    const conflict = `${HEADER}\n${GPT4_ROW}\n${GPT4_ROW.replace("1124.95", "1130.95")}\n`;
    expect(() => parseInline(conflict)).toThrow(/row 3, field "key": duplicate key "gpt-4-0314"/);
  });
});

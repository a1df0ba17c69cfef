import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot } from "../types";
import { lmarenaDailyCsvAdapter as adapter } from "./index";

const HEADER =
  "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url";
const ROW_A = "1,1,Model-A,1300,+3/-4,1000,OrgA,Proprietary,2024/01,https://a";
const ROW_B = "2,2,Model-B,1250, + 5 / - 6 ,2000,OrgB,Apache 2.0,,https://b";
const PATH = "lmsys/2025.01.07/lmsys.csv";

function parseInline(lines: string[], path = PATH): ParsedSnapshot[] {
  return adapter.parse({ path, text: lines.join("\n") + "\n" });
}

function expectPathError(run: () => unknown, pattern: RegExp) {
  return expectIngestError(run, PATH, pattern);
}

describe("lmarenaDailyCsvAdapter on the real files", () => {
  let snapshots: ParsedSnapshot[] = [];
  beforeAll(async () => {
    const files = await readSourceDir(adapter, SHARED_DATA_DIR);
    snapshots = files.flatMap((f) => adapter.parse(f));
  });
  const on = (date: string) => snapshots.find((s) => s.publishedOn === date);

  it("reads 88 lmsys.csv and 4 lmarena_text.csv snapshots, 2024-06-19 … 2025-08-04", () => {
    expect(snapshots).toHaveLength(92);
    const dates = snapshots.map((s) => s.publishedOn).sort();
    expect(dates[0]).toBe("2024-06-19");
    expect(dates.at(-1)).toBe("2025-08-04");
    expect(new Set(dates).size).toBe(92);
    expect(snapshots.every((s) => s.arena === "text" && !s.styleControl)).toBe(true);
    // 16,012 data rows minus the four repeated Yi-34B-Chat rows of lmarena_text.csv.
    expect(snapshots.reduce((n, s) => n + s.scores.length, 0)).toBe(16_008);
  });

  it("reads 2024-08-01 as written in the file", () => {
    const snap = on("2024-08-01");
    expect(snap?.origin).toBe("lmsys/2024.08.01/lmsys.csv");
    expect(snap?.scores).toHaveLength(122);
    const gpt4o = snap?.scores.find((s) => s.model === "GPT-4o-2024-05-13");
    expect(gpt4o).toEqual({
      model: "GPT-4o-2024-05-13",
      category: "overall",
      rating: 1286,
      lower: 1283,
      upper: 1289,
      votes: 68753,
      rank: 1,
    });
    const llama = snap?.scores.find((s) => s.model === "Meta-Llama-3.1-405b-Instruct");
    expect(llama).toMatchObject({ rating: 1262, upper: 1269, lower: 1257, votes: 7322, rank: 4 });
    const fact = snap?.models.find((m) => m.name === "Meta-Llama-3.1-405b-Instruct");
    expect(fact).toMatchObject({ organization: "Meta", licence: "Llama 3.1 Community" });
    expect(fact?.openWeights).toBeNull();
  });

  it("reads the arena_elo column of the first snapshot and the last lmarena_text.csv", () => {
    const first = on("2024-06-19")?.scores[0];
    expect(first).toMatchObject({ model: "GPT-4o-2024-05-13", rating: 1287, votes: 42046 });
    const last = on("2025-08-04");
    expect(last?.scores[0]).toMatchObject({
      model: "Gemini-2.5-Pro",
      rating: 1470,
      lower: 1465,
      upper: 1475,
      votes: 26019,
    });
    expect(last?.scores.filter((s) => s.model === "Yi-34B-Chat")).toHaveLength(1);
    expect(last?.scores).toHaveLength(265);
  });

  // Reference values from ../shared/data/arena-catalog-lmarena (python): raw 2025-05-24 o3 1409.26,
  // Grok-3 1398.97, style control 1435.22, 1388.04; raw 2025-11-05 Grok-3 1423.10, SC 12-17 1410.45.
  it("stays the raw board, never style control (2025-05-23, 2025-07-18, 2025-08-04)", () => {
    const rating = (date: string, model: string) =>
      on(date)?.scores.find((s) => s.model === model)?.rating ?? NaN;
    const o3 = "o3-2025-04-16";
    const grok = "Grok-3-Preview-02-24";
    expect([rating("2025-05-23", o3), rating("2025-05-23", grok)]).toEqual([1409, 1399]);
    // Re-anchored later, but o3 stays ~10 points from Grok-3 (raw), not ~47 (style control).
    expect(rating("2025-07-18", o3) - rating("2025-07-18", grok)).toBe(5);
    expect(rating("2025-08-04", grok)).toBe(1423);
    expect(snapshots.every((s) => !s.styleControl)).toBe(true);
  });
});

describe("lmarenaDailyCsvAdapter on inline input", () => {
  it("parses a CI with whitespace and keeps licence text as written", () => {
    const [snap] = parseInline([HEADER, ROW_A, ROW_B]);
    expect(snap?.publishedOn).toBe("2025-01-07");
    expect(snap?.scores[1]).toMatchObject({ model: "Model-B", upper: 1255, lower: 1244 });
    expect(snap?.models[1]).toMatchObject({ name: "Model-B", licence: "Apache 2.0" });
  });

  it("rejects a non-numeric rating with row and field", () => {
    const e = expectPathError(
      () => parseInline([HEADER, ROW_A, ROW_B.replace("1250", "n/a?")]),
      /row 2, field "arena_score"/,
    );
    expect(e.row).toBe(2);
  });

  it("rejects an unparseable CI", () => {
    expectPathError(
      () => parseInline([HEADER, ROW_A.replace("+3/-4", "±3")]),
      /row 1, field "95_pct_ci"/,
    );
  });

  it("rejects a file without a rating column or a required column", () => {
    expectPathError(
      () => parseInline([HEADER.replace("arena_score", "score"), ROW_A]),
      /arena_score or arena_elo/,
    );
    expectPathError(
      () => parseInline([HEADER.replace("votes", "n_votes"), ROW_A]),
      /field "votes"/,
    );
  });

  it("rejects an empty table", () => {
    expectPathError(() => parseInline([HEADER]), /empty table/);
  });

  it("drops an exact repeat but rejects a conflicting duplicate", () => {
    const repeat = ROW_A.replace(/^1,/, "2,");
    expect(parseInline([HEADER, ROW_A, repeat])[0]?.scores).toHaveLength(1);
    expectPathError(
      () => parseInline([HEADER, ROW_A, repeat.replace("1300", "1301")]),
      /row 2, field "model": duplicate model "Model-A"/,
    );
  });

  it("rejects a file outside a version folder", () => {
    expect(() => adapter.parse({ path: "lmsys.csv", text: HEADER })).toThrow(/version folder/);
  });

  it("selects only the snapshot CSVs", () => {
    const listing = ["SOURCE.md", PATH, "lmarena_text/2025.08.04/lmarena_text.csv", "lmsys/x.csv"];
    expect(adapter.selectFiles(listing)).toEqual([
      PATH,
      "lmarena_text/2025.08.04/lmarena_text.csv",
    ]);
  });
});

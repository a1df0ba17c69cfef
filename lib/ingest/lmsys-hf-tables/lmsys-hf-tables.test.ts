import { beforeAll, describe, expect, it } from "vitest";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot } from "../types";
import { lmsysHfTablesAdapter } from "./index";

const RATED_HEADER = "Model,MT-bench (score),Arena Elo rating,MMLU,License,Link";
const FACT_HEADER =
  "key,Model,MT-bench (score),MMLU,Knowledge cutoff date,License,Organization,Link";

function parseInline(text: string, path = "leaderboard_table_20231220.csv"): ParsedSnapshot[] {
  return lmsysHfTablesAdapter.parse({ path, text });
}

function findSnapshot(snapshots: ParsedSnapshot[], date: string): ParsedSnapshot {
  const snapshot = snapshots.find((s) => s.publishedOn === date);
  if (!snapshot) throw new Error(`no snapshot on ${date}`);
  return snapshot;
}

describe("lmsysHfTablesAdapter on the real files", () => {
  let snapshots: ParsedSnapshot[] = [];
  beforeAll(async () => {
    const files = await readSourceDir(lmsysHfTablesAdapter, SHARED_DATA_DIR);
    snapshots = files.flatMap((f) => lmsysHfTablesAdapter.parse(f));
  });

  it("reads all 111 tables, skipping elo_data.json", () => {
    expect(snapshots).toHaveLength(111);
    expect(snapshots[0]?.publishedOn).toBe("2023-06-19");
    expect(snapshots.at(-1)?.publishedOn).toBe("2025-05-11");
    expect(snapshots.every((s) => s.arena === "text" && !s.styleControl)).toBe(true);
  });

  it("keeps only the numeric Arena Elo of the ten 2023 tables", () => {
    const rated = snapshots.filter((s) => s.scores.length > 0);
    expect(rated.map((s) => s.scores.length)).toEqual([20, 22, 25, 28, 30, 35, 37, 47, 50, 51]);
    expect(rated.map((s) => s.models.length)).toEqual([31, 38, 40, 43, 44, 49, 51, 61, 64, 65]);
    expect(rated.at(-1)?.publishedOn).toBe("2023-12-20");
  });

  it("gives the displayed 2023-12-20 ratings", () => {
    const snapshot = findSnapshot(snapshots, "2023-12-20");
    expect(snapshot.origin).toBe("leaderboard_table_20231220.csv");
    const rating = (model: string) => snapshot.scores.find((s) => s.model === model)?.rating;
    expect(rating("GPT-4-Turbo")).toBe(1243);
    expect(rating("Mixtral-8x7b-Instruct-v0.1")).toBe(1121);
    expect(snapshot.scores[0]).toMatchObject({
      category: "overall",
      lower: null,
      votes: null,
      rank: null,
    });
    expect(rating("WizardLM-30B")).toBeUndefined();
    expect(snapshot.models.find((m) => m.name === "WizardLM-30B")?.licence).toBe("Non-commercial");
    expect(snapshot.models.find((m) => m.name === "Mixtral-8x7b-Instruct-v0.1")?.licence).toBe(
      "Apache 2.0",
    );
  });

  it("turns 2024+ tables into fact-only snapshots keyed by model key", () => {
    const snapshot = findSnapshot(snapshots, "2025-05-11");
    expect(snapshot.scores).toEqual([]);
    expect(snapshot.models).toHaveLength(292); // 293 rows, yi-34b-chat listed twice
    expect(snapshot.models.find((m) => m.name === "deepseek-r1")).toMatchObject({
      aliases: ["DeepSeek-R1"],
      organization: "DeepSeek",
      licence: "MIT",
    });
  });
});

describe("lmsysHfTablesAdapter on malformed input", () => {
  it("throws on a non-numeric rating, naming file, row and field", () => {
    const text = `${RATED_HEADER}\nGPT-4,8.99,1227,0.86,Proprietary,x\nVicuna,7.1,abc,0.5,Llama 2,x\n`;
    expect(() => parseInline(text)).toThrow(
      /leaderboard_table_20231220\.csv, row 3, field "Arena Elo rating"/,
    );
  });

  it("throws on a renamed rating column and on a missing fact column", () => {
    const renamed = "Model,Arena Elo,License\nGPT-4,1227,Proprietary\n";
    expect(() => parseInline(renamed)).toThrow(/field "Arena Elo rating": unknown layout/);
    const noOrg = "key,Model,License\ngpt-4,GPT-4,Proprietary\n";
    expect(() => parseInline(noOrg)).toThrow(/field "Organization": missing column/);
  });

  it("throws on a 2023 table with no numeric rating, but accepts fact-only tables", () => {
    const unrated = `${RATED_HEADER}\nWizardLM-30B,7.01,-,0.587,Non-commercial,x\n`;
    expect(() => parseInline(unrated)).toThrow(
      /leaderboard_table_20231220\.csv, field "Arena Elo rating": empty table/,
    );
    const facts = `\uFEFF${FACT_HEADER}\ngpt-4,GPT-4,8.9,0.86,2021/9,Proprietary,OpenAI,x\n`;
    expect(parseInline(facts)[0]?.models[0]).toMatchObject({
      name: "gpt-4",
      aliases: ["GPT-4"],
      organization: "OpenAI",
    });
    expect(() => parseInline(FACT_HEADER)).toThrow(/empty table/);
  });

  it("throws on duplicate rows unless a fact row repeats identically", () => {
    const rated = `${RATED_HEADER}\nGPT-4,8.99,1227,0.86,Proprietary,x\nGPT-4,8.99,1228,0.86,Proprietary,x\n`;
    expect(() => parseInline(rated)).toThrow(/row 3, field "Model": duplicate model "GPT-4"/);
    const row = "gpt-4,GPT-4,8.9,0.86,2021/9,Proprietary,OpenAI,x";
    expect(parseInline(`${FACT_HEADER}\n${row}\n${row}\n`)[0]?.models).toHaveLength(1);
    const conflict = `${FACT_HEADER}\n${row}\n${row.replace("OpenAI", "Microsoft")}\n`;
    expect(() => parseInline(conflict)).toThrow(/row 3, field "key": duplicate key "gpt-4"/);
  });

  it("throws on an undated file name and on a short row", () => {
    expect(() => parseInline(`${RATED_HEADER}\n`, "leaderboard_table.csv")).toThrow(/YYYYMMDD/);
    expect(() => parseInline(`${RATED_HEADER}\nGPT-4,8.99,1227\n`)).toThrow(
      /row 2: unexpected field count 3/,
    );
  });
});

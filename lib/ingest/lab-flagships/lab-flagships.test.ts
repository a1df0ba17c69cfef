import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot, SourceFile } from "../types";
import { labFlagshipsAdapter as adapter } from "./index";

const PATH = "CHART_DATA_HIGHEST.json";

function expectParseError(file: SourceFile, ...parts: string[]) {
  expectIngestError(() => adapter.parse(file), ...parts);
}

const point = (date: string, model: string, rating: number | string) =>
  `{"date": "${date}", "model_name": "${model}", "rating": ${typeof rating === "string" ? `"${rating}"` : rating}}`;

describe("labFlagshipsAdapter on the real file", () => {
  let snapshots: ParsedSnapshot[];
  beforeAll(async () => {
    const files = await readSourceDir(adapter, SHARED_DATA_DIR);
    expect(files.map((f) => f.path)).toEqual([PATH]);
    snapshots = files.flatMap((f) => adapter.parse(f));
  });

  it("groups the 8 lab series into 214 dated snapshots", () => {
    expect(snapshots).toHaveLength(214);
    expect(snapshots[0]?.publishedOn).toBe("2023-12-06");
    expect(snapshots.at(-1)?.publishedOn).toBe("2026-07-21");
    expect(snapshots.reduce((n, s) => n + s.scores.length, 0)).toBe(1495);
    expect(snapshots.every((s) => s.arena === "text" && !s.styleControl)).toBe(true);
  });

  it("keeps the raw ratings of the last date (2026-07-21)", () => {
    const last = snapshots.at(-1);
    const rating = (model: string) => last?.scores.find((s) => s.model === model)?.rating;
    expect(last?.scores).toHaveLength(8);
    expect(rating("gpt-5.4-high")).toBe(1499.0150524927762);
    expect(rating("claude-opus-4-6-thinking")).toBe(1512.4235523879024);
    expect(rating("glm-5.1")).toBe(1475.2388395409769);
    expect(last?.scores[0]).toMatchObject({ category: "overall", lower: null, upper: null });
  });

  it("names the lab as written as the organization, with no licence", () => {
    const last = snapshots.at(-1);
    expect(last?.models.find((m) => m.name === "kimi-k3")).toMatchObject({
      organization: "Moonshot (Kimi)",
      licence: null,
      openWeights: null,
    });
  });

  it("matches the first OpenAI point (2023-12-06 gpt-4-0314)", () => {
    const first = snapshots[0]?.scores.find((s) => s.model === "gpt-4-0314");
    expect(first?.rating).toBe(1124.9588260120663);
  });
});

describe("labFlagshipsAdapter on malformed input", () => {
  it("selects only CHART_DATA_HIGHEST.json", () => {
    expect(adapter.selectFiles(["CHART_DATA_LATEST.json", PATH, "SOURCE.md"])).toEqual([PATH]);
  });

  it("keeps one copy of a model listed under two labs with the same rating", () => {
    const text = `{"A": [${point("2025-01-01", "m", 1300)}], "B": [${point("2025-01-01", "m", 1300)}]}`;
    const [s] = adapter.parse({ path: PATH, text });
    expect(s?.scores).toHaveLength(1);
    expect(s?.models).toMatchObject([{ name: "m", organization: "A" }]);
  });

  it("rejects a model listed under two labs with different ratings", () => {
    const text = `{"A": [${point("2025-01-01", "m", 1300)}], "B": [${point("2025-01-01", "m", 1301)}]}`;
    expectParseError({ path: PATH, text }, PATH, "row 1", 'field "rating"', 'lab "B"', 'lab "A"');
  });

  it("rejects a non-numeric rating", () => {
    const text = `{"A": [${point("2025-01-01", "m", 1300)}, ${point("2025-01-02", "m", "high")}]}`;
    expectParseError({ path: PATH, text }, PATH, "row 2", 'field "rating"', 'lab "A"');
  });

  it("rejects a renamed field and a bad date", () => {
    const renamed = `{"A": [{"date": "2025-01-01", "model": "m", "rating": 1}]}`;
    expectParseError({ path: PATH, text: renamed }, PATH, "row 1", 'field "model_name"');
    const text = `{"A": [${point("2025-02-30", "m", 1)}]}`;
    expectParseError({ path: PATH, text }, PATH, "row 1", 'field "date"');
  });

  it("rejects a lab with two points on one date", () => {
    const text = `{"A": [${point("2025-01-01", "m", 1)}, ${point("2025-01-01", "n", 2)}]}`;
    expectParseError({ path: PATH, text }, PATH, "row 2", "duplicate date");
  });

  it("rejects an empty table", () => {
    expectParseError({ path: PATH, text: '{"A": []}' }, PATH, "empty table");
  });
});

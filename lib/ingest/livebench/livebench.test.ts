import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import type { ParsedMetricExport } from "../metric-types";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { SourceFile } from "../types";
import { livebenchAdapter as adapter } from "./index";

let files: SourceFile[];
let parsed: ParsedMetricExport[];
const exportOf = (slug: string, release: string) => {
  const ex = parsed.find((e) => e.metric.slug === slug && e.exportedOn === release);
  if (!ex) throw new Error(`no ${slug} ${release}`);
  return ex;
};

beforeAll(async () => {
  files = await readSourceDir(adapter, SHARED_DATA_DIR);
  parsed = adapter.parse(files);
});

describe("livebench on the real site tables", () => {
  it("makes one export per release and metric: the average and each category", () => {
    const averages = parsed.filter((e) => e.metric.slug === "livebench-average");
    expect(averages.map((e) => e.exportedOn)).toEqual([
      "2024-06-24",
      "2024-07-26",
      "2024-08-31",
      "2024-11-25",
      "2025-04-02",
      "2025-04-25",
      "2025-05-30",
      "2025-11-25",
      "2025-12-23",
      "2026-01-08",
    ]);
    expect(parsed.filter((e) => e.exportedOn === "2026-01-08").map((e) => e.metric.slug)).toEqual([
      "livebench-average",
      "livebench-reasoning",
      "livebench-coding",
      "livebench-agentic-coding",
      "livebench-mathematics",
      "livebench-data-analysis",
      "livebench-language",
      "livebench-if",
    ]);
  });

  it("averages as the site does: the mean of the category means (matches Epoch's copy of LiveBench)", () => {
    // Epoch's live_bench_external.csv records these global averages for the 2024-11-25 release.
    const avg = exportOf("livebench-average", "2024-11-25").scores;
    const score = (key: string) => avg.find((s) => s.key === key)?.score;
    expect(score("gemini-2.5-pro-exp-03-25")).toBeCloseTo(82.35, 2);
    expect(score("claude-3-7-sonnet-thinking")).toBeCloseTo(76.1, 2);
    expect(score("deepseek-r1")).toBeCloseTo(71.57, 2);
  });

  it("drops what cannot be computed, saying why", () => {
    // table_2026_01_08.csv row 110 (nemotron-3-super-120b-a12b) has 21 fields for 24 columns.
    const latest = exportOf("livebench-average", "2026-01-08");
    expect(latest.scores).toHaveLength(126);
    expect(latest.dropped).toEqual([
      {
        key: "nemotron-3-super-120b-a12b",
        reason: "row 110 has 21 fields, the header 24: which tasks are missing is unknown",
      },
    ]);
    // table_2024_11_25.csv: phi-3-small-8k-instruct has no `connections` score.
    const lang = exportOf("livebench-language", "2024-11-25");
    expect(lang.dropped).toEqual([
      { key: "phi-3-small-8k-instruct", reason: "no connections score" },
    ]);
    expect(exportOf("livebench-reasoning", "2024-11-25").scores).toHaveLength(65);
  });

  it("dates a model by its stated version date, else by when LiveBench first listed it", () => {
    const latest = exportOf("livebench-average", "2026-01-08").scores;
    // modelLinks.json states no openweight flag for closed models (nothing, not false).
    expect(latest.find((s) => s.key === "claude-opus-4-5-20251101-high-effort")).toMatchObject({
      openness: null,
      accessibility: null,
    });
    const dated = latest.filter((s) => s.dateBasis === "release").length;
    expect(dated).toBeGreaterThan(80);
    expect(latest.every((s) => s.date !== null)).toBe(true);
    expect(latest.filter((s) => s.openness === "open")).toHaveLength(30);
  });
});

describe("livebench on bad input", () => {
  const base: SourceFile[] = [
    {
      path: "modelLinks.json",
      text: JSON.stringify({ a: { openweight: true, version: "2025-01-02" } }),
    },
    {
      path: "model_first_seen.csv",
      text: "table,model,first_seen_commit_date,first_seen_commit\ntable_2025_01_01.csv,a,2025-01-05,x\n",
    },
    { path: "public/categories_2025_01_01.json", text: JSON.stringify({ Math: ["t1", "t2"] }) },
  ];
  const table = (body: string): SourceFile => ({
    path: "public/table_2025_01_01.csv",
    text: `model,t1,t2\n${body}\n`,
  });

  it("reads a small release: version date, open flag, mean of tasks", () => {
    const [avg] = adapter.parse([...base, table("a,50,70")]);
    expect(avg?.scores[0]).toMatchObject({
      score: 60,
      date: "2025-01-02",
      dateBasis: "release",
      openness: "open",
    });
  });

  it("names the file, row and field of a bad cell, and refuses a table without its categories", () => {
    expectIngestError(
      () => adapter.parse([...base, table("a,fifty,70")]),
      "public/table_2025_01_01.csv",
      "row 2",
      'field "t1"',
    );
    expectIngestError(
      () => adapter.parse([...base.slice(0, 2), table("a,1,2")]),
      "categories_2025_01_01.json",
      "missing file",
    );
    expectIngestError(() => adapter.parse([...base, table("a,1,2\na,3,4")]), 'repeated model "a"');
  });
});

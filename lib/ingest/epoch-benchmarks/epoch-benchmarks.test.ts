import { beforeAll, describe, expect, it } from "vitest";
import { epochEci202603Adapter } from "../epoch-eci-2026-03";
import { expectIngestError } from "../expect-ingest-error";
import type { ParsedMetricExport } from "../metric-types";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { SourceFile } from "../types";
import { epochBenchmarksAdapter as adapter } from "./index";

let files: SourceFile[];
let parsed: ParsedMetricExport[];
const bySlug = (slug: string) => {
  const ex = parsed.find((e) => e.metric.slug === slug);
  if (!ex) throw new Error(`no ${slug}`);
  return ex;
};

beforeAll(async () => {
  files = await readSourceDir(adapter, SHARED_DATA_DIR);
  parsed = adapter.parse(files);
});

describe("epoch-benchmarks on the real export of 2026-01-20", () => {
  it("reads the index and five Epoch-run benchmarks, each as its own export of that date", () => {
    expect(parsed.map((e) => [e.metric.slug, e.scores.length])).toEqual([
      ["epoch-eci", 282],
      ["epoch-frontiermath", 74],
      ["epoch-gpqa-diamond", 145],
      ["epoch-math-level-5", 108],
      ["epoch-otis-aime", 119],
      ["epoch-swe-bench-verified", 23],
    ]);
    expect(new Set(parsed.map((e) => e.exportedOn))).toEqual(new Set(["2026-01-20"]));
  });

  it("keeps the index as published and classifies Epoch's accessibility labels", () => {
    const eci = bySlug("epoch-eci");
    // epoch_capabilities_index.csv: the best open-weight index score released by 2025-10-30.
    expect(eci.scores.find((s) => s.key === "Qwen/Qwen3-235B-A22B-Thinking-2507")).toMatchObject({
      score: expect.closeTo(145.2807, 3) as unknown as number,
      date: "2025-07-25",
      accessibility: "Open weights (unrestricted)",
      openness: "open",
    });
    // An empty accessibility is not "closed": it is not stated.
    expect(eci.scores.find((s) => s.key === "gpt-5.2-pro-2025-12-11-webapp")).toMatchObject({
      name: "GPT-5.2 (Pro)",
      accessibility: null,
      openness: null,
    });
    // Five rows have a score but no release date: kept, undated.
    expect(eci.scores.filter((s) => s.date === null).map((s) => s.key)).toContain("gpt-5-chat");
  });

  it("reads a benchmark as % with a 95% interval, accessibility joined from the same export's index", () => {
    // gpqa_diamond.csv: kimi-k2-thinking-turbo mean 0.84217, stderr 0.02088, released 2025-11-06.
    const kimi = bySlug("epoch-gpqa-diamond").scores.find(
      (s) => s.key === "kimi-k2-thinking-turbo",
    );
    expect(kimi?.score).toBeCloseTo(84.217, 3);
    expect(kimi?.lower).toBeCloseTo(84.217 - 1.96 * 2.088, 2);
    expect(kimi?.upper).toBeCloseTo(84.217 + 1.96 * 2.088, 2);
    expect(kimi).toMatchObject({ date: "2025-11-06", openness: "open", dateBasis: "release" });
    expect(bySlug("epoch-gpqa-diamond").origin).toBe(
      "gpqa_diamond.csv (accessibility from epoch_capabilities_index.csv)",
    );
  });

  it("reads the March 2026 index as a separate metric, never merged with January's", async () => {
    const march = epochEci202603Adapter.parse(
      await readSourceDir(epochEci202603Adapter, SHARED_DATA_DIR),
    );
    expect(march.map((e) => [e.metric.slug, e.exportedOn, e.scores.length])).toEqual([
      ["epoch-eci-2026-03", "2026-03-09", 298],
    ]);
    expect(march[0]?.scores.find((s) => s.key === "kimi-k2.5")).toMatchObject({
      openness: "open",
      date: "2026-01-27",
    });
  });
});

describe("epoch-benchmarks on bad input", () => {
  const eci = (body: string): SourceFile => ({
    path: "epoch_capabilities_index.csv",
    text: `Model version,ECI Score,Release date,Organization,Country,Model accessibility,Training compute (FLOP),Confidence,Model name,Description,Display name\n${body}\n`,
  });
  const gpqa = (body: string): SourceFile => ({
    path: "gpqa_diamond.csv",
    text: `Model version,mean_score,Best score (across scorers),Release date,Organization,Country,Training compute (FLOP),Training compute notes,stderr,Log viewer,Logs,Started at,id\n${body}\n`,
  });
  const good = "m1,120,2025-01-01,Org,,API access,,,,,M1";

  it("names the file, row and field of a bad score, date or accessibility label", () => {
    expectIngestError(
      () => adapter.parse([eci("m1,high,2025-01-01,Org,,API access,,,,,")]),
      "epoch_capabilities_index.csv",
      "row 2",
      'field "ECI Score"',
    );
    expectIngestError(
      () => adapter.parse([eci("m1,120,2025-13-01,Org,,API access,,,,,")]),
      'field "Release date"',
    );
    expectIngestError(
      () => adapter.parse([eci("m1,120,2025-01-01,Org,,Leaked,,,,,")]),
      'unknown accessibility "Leaked"',
    );
    expectIngestError(
      () => adapter.parse([eci(good), gpqa("m1,,0.5,2025-01-01,Org,,,,0.01,,,,x")]),
      "gpqa_diamond.csv",
      'field "mean_score"',
    );
  });

  it("refuses a benchmark file without the index it joins, and repeated model versions", () => {
    expectIngestError(
      () => adapter.parse([gpqa("m1,0.5,0.5,2025-01-01,Org,,,,0.01,,,,x")]),
      "missing file",
    );
    expectIngestError(
      () => adapter.parse([eci(`${good}\n${good}`)]),
      'repeated model version "m1"',
    );
  });
});

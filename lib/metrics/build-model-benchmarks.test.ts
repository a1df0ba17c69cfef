import { describe, expect, it } from "vitest";
import { buildModelBenchmarks, type ModelScoreInput } from "./build-model-benchmarks";
import { makeMetric } from "./testing/make-score";

const score = (
  modelSlug: string,
  metricSlug: string,
  value: number,
  entry = modelSlug,
): ModelScoreInput => ({
  modelSlug,
  metricSlug,
  exportedOn: "2026-01-20",
  exportLabel: "Epoch AI export of 2026-01-20",
  entry,
  score: value,
  lower: null,
  upper: null,
  date: "2025-08-07",
  dateBasis: "release",
});

describe("buildModelBenchmarks", () => {
  const gpqa = makeMetric("higher", { slug: "gpqa" });
  const err = makeMetric("lower", { slug: "err" });

  it("keeps each model's best run by the metric's direction and counts its runs", () => {
    const rows = buildModelBenchmarks(
      ["gpt-5", "deepseek-r1"],
      [gpqa, err],
      [
        score("gpt-5", "gpqa", 85, "gpt-5 (high)"),
        score("gpt-5", "gpqa", 80, "gpt-5 (low)"),
        score("gpt-5", "err", 12),
        score("gpt-5", "err", 9, "gpt-5 (high)"),
      ],
    );
    expect(rows[0]?.cells[0]).toMatchObject({ score: 85, entry: "gpt-5 (high)", runs: 2 });
    expect(rows[1]?.cells[0]).toMatchObject({ score: 9, entry: "gpt-5 (high)" });
  });

  it("lists every metric and says 'no score' (null) rather than 0", () => {
    const rows = buildModelBenchmarks(
      ["gpt-5", "deepseek-r1"],
      [gpqa, err],
      [score("gpt-5", "gpqa", 85)],
    );
    expect(rows.map((r) => r.metric.slug)).toEqual(["gpqa", "err"]);
    expect(rows[0]?.cells[1]).toBeNull();
    expect(rows[1]?.cells).toEqual([null, null]);
    expect(rows[1]?.exportLabel).toBeNull();
  });
});

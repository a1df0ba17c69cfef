import { describe, expect, it } from "vitest";
import { epochBenchmarksAdapter } from "@/lib/ingest/epoch-benchmarks";
import { livebenchAdapter } from "@/lib/ingest/livebench";
import type { MetricSourceAdapter } from "@/lib/ingest/metric-types";
import { sweBenchAdapter } from "@/lib/ingest/swe-bench";
import { buildMetricSeries } from "./build-metric-series";
import { loadMetricExport } from "./testing/load-metric-export";
import { makeExport, makeMetric, makeScore as s } from "./testing/make-score";

// One export: closed A (2024-01-01, 60), B (2024-07-01, 75), C (2025-03-01, 90); open X
// (2024-10-01, 62) and Y (2025-05-01, 78).
const LADDER = [
  s("A", 60, "2024-01-01", "closed"),
  s("B", 75, "2024-07-01", "closed"),
  s("X", 62, "2024-10-01", "open"),
  s("C", 90, "2025-03-01", "closed"),
  s("Y", 78, "2025-05-01", "open"),
];

describe("buildMetricSeries (within one export)", () => {
  it("steps at each availability date, with the best of each side available by then", () => {
    const series = buildMetricSeries(makeMetric(), makeExport("2025-06-01"), LADDER);
    expect(series.points.map((p) => p.date)).toEqual([
      "2024-01-01",
      "2024-07-01",
      "2024-10-01",
      "2025-03-01",
      "2025-05-01",
      "2025-06-01",
    ]);
    const last = series.latest;
    expect([last?.open?.key, last?.closed?.key, last?.gap]).toEqual(["Y", "C", 12]);
    // Y (78) was first reached by C (2025-03-01): 92 days on 2025-06-01 = 3.0 months.
    expect(last?.behind).toMatchObject({ monthsBehind: 3, reachedBy: "C", openLeads: false });
    // On 2024-10-01 X (62) had been reached by B (2024-07-01): 3.0 months.
    expect(series.points[2]?.behind?.monthsBehind).toBe(3);
  });

  it("handles lower-is-better metrics: the smaller number leads and the gap stays positive", () => {
    const errors = [
      s("A", 40, "2024-01-01", "closed"),
      s("B", 20, "2024-06-01", "closed"),
      s("X", 30, "2024-09-01", "open"),
    ];
    const series = buildMetricSeries(makeMetric("lower"), makeExport("2024-12-01"), errors);
    const last = series.latest;
    expect([last?.open?.key, last?.closed?.key, last?.gap]).toEqual(["X", "B", 10]);
    // X (30) was first beaten by B (2024-06-01): 183 days to 2024-12-01 = 6.0 months.
    expect(last?.behind?.monthsBehind).toBe(6);
  });

  it("says the open side leads when no closed score available by the date reaches it", () => {
    const series = buildMetricSeries(makeMetric(), makeExport("2024-11-01"), [
      s("A", 60, "2024-01-01", "closed"),
      s("X", 70, "2024-06-01", "open"),
      // Released after the date read: not in the frontier on 2024-06-01.
      s("B", 80, "2024-09-01", "closed"),
    ]);
    expect(series.points[1]?.behind).toMatchObject({ openLeads: true, monthsBehind: 0 });
    expect(series.points[1]?.gap).toBe(-10);
  });

  it("takes the range from the open score's interval, with bounds swapped when lower is better", () => {
    const withCi = [
      s("A", 60, "2024-01-01", "closed"),
      s("B", 75, "2024-07-01", "closed"),
      s("X", 70, "2024-10-01", "open", { lower: 58, upper: 77 }),
      s("C", 90, "2025-01-01", "closed"),
    ];
    const series = buildMetricSeries(makeMetric(), makeExport("2025-04-01"), withCi);
    // ≥ 77 first: C (2025-01-01) 3.0 months; ≥ 58 first: A (2024-01-01) 15.0 months.
    expect(series.latest?.behind).toMatchObject({ monthsBehind: 9, range: [3, 15] });
    const lower = buildMetricSeries(makeMetric("lower"), makeExport("2025-04-01"), [
      s("A", 40, "2024-01-01", "closed"),
      s("B", 25, "2024-07-01", "closed"),
      s("X", 30, "2024-10-01", "open", { lower: 22, upper: 42 }),
      s("C", 10, "2025-01-01", "closed"),
    ]);
    expect(lower.latest?.behind).toMatchObject({ monthsBehind: 9, range: [3, 15] });
  });

  it("names scores counted on neither side that beat the best open one, and keeps undated ones out", () => {
    const series = buildMetricSeries(makeMetric(), makeExport("2025-06-01"), [
      ...LADDER,
      s("Mystery", 85, "2025-01-01", null),
      s("Secret", 99, "2025-01-01", "unreleased"),
      s("Undated", 95, null, "closed"),
    ]);
    expect(series.uncountedAhead.map((x) => x.key)).toEqual(["Mystery"]);
    expect(series.latest?.closed?.key).toBe("C");
    expect(series.counts).toEqual({ open: 2, closed: 4, unknown: 1, undated: 1, unreleased: 1 });
  });

  it("draws only the open frontier for an open-only metric", () => {
    const series = buildMetricSeries(
      makeMetric("higher", { openOnly: true }),
      makeExport("2025-01-01"),
      [s("X", 40, "2024-01-01", "open"), s("Y", 45, "2024-06-01", "open")],
    );
    expect(series.latest).toMatchObject({ closed: null, gap: null, behind: null });
    expect(series.latest?.open?.key).toBe("Y");
  });
});

// Hand-checked with an independent Python reading of the raw files in ../shared/data (best open
// and best closed released by the date, the closed frontier by release date, days / 30.4375).
/** [date, best open key, best closed key, gap, first closed model to reach it, months, range] */
type Check = [string, string, string, number, string, number, [number, number] | null];
const CASES: [MetricSourceAdapter, string, Check[]][] = [
  [
    epochBenchmarksAdapter,
    "epoch-eci",
    [
      // epoch_capabilities_index.csv: DeepSeek-V3 136.674 (2024-12-26, Open weights (restricted
      // use)) vs o1-2024-12-17_high 142.371 (API access); o1 (2024-12-17) first reaches 136.674.
      ["2024-12-31", "DeepSeek-V3", "o1-2024-12-17_high", 5.698, "o1 (high)", 0.5, null],
      // Qwen3-235B-A22B-Thinking-2507 145.281 (2025-07-25; chutes/ is the same model and score)
      // vs gpt-5-pro-2025-10-06_high 150.339; o3-2025-04-16_high (146.79) reaches it first.
      [
        "2025-10-30",
        "chutes/Qwen3-235B-A22B-Thinking-2507",
        "gpt-5-pro-2025-10-06_high",
        5.058,
        "o3 (high)",
        6.5,
        null,
      ],
    ],
  ],
  [
    epochBenchmarksAdapter,
    "epoch-gpqa-diamond",
    [
      // gpqa_diamond.csv: DeepSeek-V3 56.534 [51.12, 61.95] vs o1-2024-12-17_high 76.768; o1-mini
      // (62.37, 2024-09-12) first reaches 56.5 and the upper bound, Claude 3.5 Sonnet (54.04,
      // 2024-06-20) the lower bound: 3.6 months, range 3.6–6.4.
      [
        "2024-12-31",
        "DeepSeek-V3",
        "o1-2024-12-17_high",
        20.234,
        "o1-mini (high)",
        3.6,
        [3.6, 6.4],
      ],
      // DeepSeek-R1-0528 76.326 [71.62, 81.03] vs gemini-2.5-pro 85.290 (2025-06-17); o1 (76.77,
      // 2024-12-17) reaches it and its lower bound, gemini-2.5-pro-exp-03-25 its upper bound.
      ["2025-06-30", "DeepSeek-R1-0528", "gemini-2.5-pro", 8.965, "o1 (high)", 6.4, [3.2, 6.4]],
    ],
  ],
  [
    sweBenchAdapter,
    "swe-bench-verified",
    [
      // leaderboards.csv, Verified, os_model: DeepSWE-RL (open) 58.8 submitted 2025-06-29 vs
      // TRAE 75.2 (2025-06-12); CodeStory Midwit + swe-search (62.2, 2024-12-21) reaches 58.8.
      [
        "2025-06-30",
        "20250629_deepswerl_r2eagent_tts",
        "20250612_trae",
        16.4,
        "CodeStory Midwit Agent + swe-search",
        6.3,
        null,
      ],
      // Lingxi v1.5 x Kimi K2 71.2 (2025-10-14) vs TRAE + Doubao-Seed-Code 78.8 (2025-09-28);
      // reached first by Tools + Claude 4 Opus (73.2, 2025-05-22).
      [
        "2025-12-10",
        "20251014_Lingxi_kimi_k2",
        "20250928_trae_doubao_seed_code",
        7.6,
        "Tools + Claude 4 Opus (2025-05-22)",
        6.6,
        null,
      ],
    ],
  ],
  [
    sweBenchAdapter,
    "swe-bench-bash-only",
    [
      // bash-only, dated by model release (model_release_dates.csv): Qwen3-Coder 480B 55.4
      // (2025-07-22) vs Claude 4 Opus 67.6 (2025-05-22); o3 (2025-04-16, 58.4) reaches 55.4.
      [
        "2025-08-31",
        "20250802_mini-v1.0.0_qwen3-coder-480b-a35b-instruct",
        "20250802_mini-v1.0.0_claude-4-opus-20250514",
        12.2,
        "o3 (2025-04-16)",
        4.5,
        null,
      ],
      // The end-of-2025 figure: Claude 4.5 Opus 74.4 vs MiniMax M2 61.0; Claude 4 Opus (67.6,
      // released 2025-05-22) is the first closed model at or above 61.0.
      [
        "2025-12-10",
        "20251124_mini-v1.17.0_minimax-m2",
        "20251124_mini-v1.16.0_claude-opus-4-5-20251101",
        13.4,
        "Claude 4 Opus (20250514)",
        6.6,
        null,
      ],
    ],
  ],
  [
    livebenchAdapter,
    "livebench-average",
    [
      // table_2026_01_08.csv, mean of category means; dates from modelLinks.json `version` or the
      // first listing; openweight flag, else the reviewed family rules (Claude, GPT: closed).
      [
        "2025-12-31",
        "deepseek-v3.2-thinking",
        "claude-opus-4-5-20251101-thinking-64k-high-effort",
        13.756,
        "GPT-5 Pro",
        4.8,
        null,
      ],
      [
        "2026-07-01",
        "glm-5.2",
        "gpt-5.5-xhigh",
        4.469,
        "Claude 4.6 Opus Thinking High Effort",
        4.8,
        null,
      ],
    ],
  ],
];

describe("buildMetricSeries on the real exports (two hand-checked dates per metric)", () => {
  it.each(CASES.map(([adapter, slug, checks]) => ({ adapter, slug, checks })))(
    "$slug",
    async ({ adapter, slug, checks }) => {
      const { metric, ex, scores } = await loadMetricExport(adapter, slug);
      const series = buildMetricSeries(metric, ex, scores, { at: checks.map((c) => c[0]) });
      for (const [date, open, closed, gap, reachedBy, months, range] of checks) {
        const p = series.points.find((x) => x.date === date);
        expect({
          date,
          open: p?.open?.key,
          closed: p?.closed?.key,
          reachedBy: p?.behind?.reachedBy,
        }).toEqual({
          date,
          open,
          closed,
          reachedBy,
        });
        expect(p?.gap).toBeCloseTo(gap, 2);
        expect(p?.behind?.monthsBehind).toBe(months);
        if (range) expect(p?.behind?.range).toEqual(range);
      }
    },
  );
});

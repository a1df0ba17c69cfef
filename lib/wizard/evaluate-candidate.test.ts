import { describe, expect, it } from "vitest";
import type { WizardAnswers } from "./answers";
import { evaluateRoute, fmtTokens, type Route } from "./evaluate-candidate";
import { buildModelProfile } from "./model-facts";
import type { TaskBoardRating } from "./rate-on-boards";
import { makeAnswers } from "./testing/fixtures";
import { GEMINI_3_PRO, LLAMA_31_70B, QWEN3_235B_2507 } from "./testing/models";
import type { ModelRow } from "./types";

const rated: TaskBoardRating[] = [
  { boardId: "text:coding", label: "Coding", rating: 1470, gap: 68, tiedWithBest: false },
];
const statusOf = (row: ModelRow, route: Route, a: Partial<WizardAnswers>) => {
  const r = evaluateRoute(buildModelProfile(row), route, rated, makeAnswers(a));
  return Object.fromEntries(r.checks.map((c) => [c.id, c.status]));
};

describe("evaluateRoute", () => {
  it.each([
    ["privacy: API fails", GEMINI_3_PRO, "api", { privacy: true }, { privacy: "fail" }],
    [
      "privacy: self-hosting passes",
      QWEN3_235B_2507,
      "self",
      { privacy: true },
      { privacy: "pass" },
    ],
    ["budget $400: Gemini at $450 fails", GEMINI_3_PRO, "api", { budget: 400 }, { budget: "fail" }],
    [
      "budget $500: Gemini at $450 passes",
      GEMINI_3_PRO,
      "api",
      { budget: 500 },
      { budget: "pass" },
    ],
    [
      "owned 2×80: Qwen3-235B fits at 4-bit, costs $0, but tightly",
      QWEN3_235B_2507,
      "self",
      { gpus: 2, budget: 0 },
      { hardware: "warn", budget: "pass" },
    ],
    [
      "owned 1×80: Qwen3-235B does not fit",
      QWEN3_235B_2507,
      "self",
      { gpus: 1 },
      { hardware: "fail" },
    ],
    ["managed API only: self-hosting fails", LLAMA_31_70B, "self", { ops: "api" }, { ops: "fail" }],
    [
      "OSI: Llama licence fails, Apache passes",
      LLAMA_31_70B,
      "self",
      { licence: ["osi"] },
      { osi: "fail" },
    ],
    [
      "OSI: Qwen3 (Apache 2.0 per card) passes",
      QWEN3_235B_2507,
      "self",
      { licence: ["osi", "derivatives"] },
      { osi: "pass", derivatives: "pass" },
    ],
    [
      "derivatives: proprietary fails",
      GEMINI_3_PRO,
      "api",
      { licence: ["derivatives"] },
      { derivatives: "fail" },
    ],
    [
      "commercial: Llama allowed with conditions",
      LLAMA_31_70B,
      "api",
      { licence: ["commercial"] },
      { commercial: "pass" },
    ],
    ["speed target on an API: unknown", GEMINI_3_PRO, "api", { speed: 30 }, { speed: "unknown" }],
    [
      "speed 200 tok/s self-hosted on 2×80: ≈ 305 estimated",
      QWEN3_235B_2507,
      "self",
      { gpus: 2, speed: 200 },
      { speed: "pass" },
    ],
    [
      "context 1M wanted, 256K window",
      QWEN3_235B_2507,
      "self",
      { assumptions: { ctx: 1048576 } as WizardAnswers["assumptions"] },
      { context: "fail" },
    ],
  ] as const)("%s", (_label, row, route, answers, expected) => {
    expect(statusOf(row, route, answers as Partial<WizardAnswers>)).toMatchObject(expected);
  });

  it("warns when memory use is above 85 % of the GPUs (the issue: 143 GB on 2×80 GB)", () => {
    const r = evaluateRoute(
      buildModelProfile(QWEN3_235B_2507),
      "self",
      rated,
      makeAnswers({ gpus: 2 }),
    );
    const hardware = r.checks.find((c) => c.id === "hardware");
    // 235B × 0.5 bytes = 117.5 GB weights + KV for 4 × 32K tokens = 143 GB of 160 GB: 89 %.
    expect(hardware?.status).toBe("warn");
    expect(hardware?.reason).toMatch(/\(143 GB\)\. Tight: 89 % of the GPUs' memory, above 85 %/);
    expect(r.failed).not.toContain("hardware");
  });

  it("relates the monthly volume to the plan's throughput", () => {
    const volume = (volumeM: number) =>
      evaluateRoute(
        buildModelProfile(LLAMA_31_70B),
        "self",
        rated,
        makeAnswers({ volumeM }),
      ).checks.find((c) => c.id === "volume");
    // 100M tokens at 3:1 need ≈ 9.5 output tokens/s on average, 39 in working hours.
    expect(volume(100)).toMatchObject({ status: "pass" });
    expect(volume(100)?.reason).toMatch(
      /^100M tokens a month needs ≈ 9\.5 tokens\/s of output on average, 39 tokens\/s in working hours only; this plan gives ≈ \d+ tokens\/s$/,
    );
    const huge = volume(100_000);
    expect(huge?.status).toBe("fail");
    expect(huge?.reason).toMatch(/needs about \d+ copies of this deployment$/);
    // An API scales on the provider's side: no volume check there.
    const api = evaluateRoute(
      buildModelProfile(GEMINI_3_PRO),
      "api",
      rated,
      makeAnswers({ volumeM: 100_000 }),
    );
    expect(api.checks.map((c) => c.id)).not.toContain("volume");
  });

  it("costs an API as price × volume with the split shown", () => {
    const r = evaluateRoute(buildModelProfile(GEMINI_3_PRO), "api", rated, makeAnswers());
    expect(r.monthlyCost).toBe(450);
    expect(r.costDetail).toBe("75M input × $2/M + 25M output × $12/M");
    expect(r.checks.map((c) => c.id)).toEqual(["quality", "context"]);
  });

  it("counts owned GPUs as free but shows what renting them would cost", () => {
    const r = evaluateRoute(
      buildModelProfile(QWEN3_235B_2507),
      "self",
      rated,
      makeAnswers({ gpus: 2 }),
    );
    expect(r.monthlyCost).toBe(0);
    expect(r.rentalEquivalent).toBe(3650);
    expect(r.serving?.memory).toMatchObject({ bits: 4, gpuCount: 2 });
  });

  it("rents 8-bit GPUs when none are owned, at the $/GPU-hour override", () => {
    const a = makeAnswers({ assumptions: { gph: 2 } as WizardAnswers["assumptions"] });
    const r = evaluateRoute(buildModelProfile(QWEN3_235B_2507), "self", rated, a);
    // 235 GB of weights + 25 GB KV → 4 × 80 GB at 8-bit: 4 × $2 × 730 h
    expect(r.serving?.memory).toMatchObject({ bits: 8, gpuCount: 4 });
    expect(r.monthlyCost).toBe(5840);
  });
});

describe("fmtTokens", () => {
  it.each([
    [131072, "128K"],
    [200000, "200K"],
    [1048576, "1M"],
    [1000000, "1M"],
    [512, "512"],
  ])("%i → %s", (n, text) => expect(fmtTokens(n)).toBe(text));
});

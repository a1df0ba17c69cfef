import { describe, expect, it } from "vitest";
import { buildModelProfile } from "./model-facts";
import { listRoutes, recommendModels } from "./recommend-models";
import { makeAnswers, makeTaskBoard } from "./testing/fixtures";
import {
  ALL_ROWS,
  CLAUDE_OPUS_45,
  DEEPSEEK_V32,
  GEMINI_3_PRO,
  LLAMA_31_70B,
  QWEN3_235B_2507,
} from "./testing/models";
import type { WizardAnswers } from "./answers";

// Overall board, ratings shaped like LMArena's 2025-12-17 catalog snapshot.
const overall = makeTaskBoard("overall", [
  [GEMINI_3_PRO.id, 1492, 6],
  [CLAUDE_OPUS_45.id, 1468, 6],
  [QWEN3_235B_2507.id, 1422, 5],
  [DEEPSEEK_V32.id, 1421, 8],
  [LLAMA_31_70B.id, 1292, 4],
  [6, 1500, 9], // unreleased, licence unknown: left out
]);
const run = (a: Partial<WizardAnswers>) => recommendModels(makeAnswers(a), [overall], ALL_ROWS);
const names = (a: Partial<WizardAnswers>) =>
  run(a).shortlist.map((e) => `${e.candidate.profile.slug}:${e.route.route}`);

describe("listRoutes", () => {
  it.each([
    [GEMINI_3_PRO, ["api"]],
    [QWEN3_235B_2507, ["api", "self"]],
    [{ ...LLAMA_31_70B, inputPricePerM: null }, ["self"]],
  ])("%o", (row, routes) => expect(listRoutes(buildModelProfile(row))).toEqual(routes));
});

describe("recommendModels", () => {
  it.each([
    // No constraints: by rating (the unreleased model leads the board, 8 points above Gemini);
    // open models take their cheaper hosted API.
    [
      {},
      [
        "gemini-3-pro:api",
        "claude-opus-4-5-20251101:api",
        "qwen3-235b-a22b-instruct-2507:api",
        "deepseek-v3.2:api",
        "llama-3.1-70b-instruct:api",
      ],
    ],
    // Privacy with 2×80 GB: self-hosting only; DeepSeek (671B) does not fit, nothing proprietary.
    [
      { privacy: true, gpus: 2 },
      ["qwen3-235b-a22b-instruct-2507:self", "llama-3.1-70b-instruct:self"],
    ],
    // $500 budget: Claude at $1,000 drops out.
    [
      { budget: 500 },
      [
        "gemini-3-pro:api",
        "qwen3-235b-a22b-instruct-2507:api",
        "deepseek-v3.2:api",
        "llama-3.1-70b-instruct:api",
      ],
    ],
    // OSI: the curated cards make Qwen3 Apache 2.0 and DeepSeek-V3.2 MIT; Llama is out.
    [{ licence: ["osi"] }, ["qwen3-235b-a22b-instruct-2507:api", "deepseek-v3.2:api"]],
    // Within 30 points: Claude is 32 behind; no open model qualifies, so none is appended.
    [{ quality: "within", within: 30 }, ["gemini-3-pro:api"]],
  ] as const)("%o", (a, expected) => {
    expect(names(a as Partial<WizardAnswers>)).toEqual(expected);
  });

  it("ties on whole rating points go to the cheaper option, and say so", () => {
    const tie = makeTaskBoard("overall", [
      [GEMINI_3_PRO.id, 1492, 6],
      [QWEN3_235B_2507.id, 1422.2, 5],
      [DEEPSEEK_V32.id, 1421.9, 8],
    ]);
    const r = recommendModels(makeAnswers(), [tie], ALL_ROWS);
    expect(r.shortlist.map((e) => e.candidate.profile.slug)).toEqual([
      "gemini-3-pro",
      "deepseek-v3.2",
      "qwen3-235b-a22b-instruct-2507",
    ]);
    expect(r.shortlist[0]!.why[0]).toBe(
      "Top-rated on overall of the 3 options that meet your requirements.",
    );
    expect(r.shortlist[1]!.why).toEqual([
      "70 points further behind the best than #1 (70 behind on overall).",
      // $450 − (75M × $0.28 + 25M × $0.42 = $31.50) = $418.50
      "Costs $419 a month less than #1.",
    ]);
    expect(r.shortlist[2]!.why[0]).toBe(
      "As close to the best as #2 (70 points behind on overall); ranked after it because it costs $91 a month more.",
    );
  });

  it("says when a tie at the same cost is only ordered by name", () => {
    const twin = {
      ...CLAUDE_OPUS_45,
      id: 7,
      slug: "claude-opus-4-5-thinking",
      name: "Claude Opus 4.5 thinking",
    };
    const tie = makeTaskBoard("overall", [
      [CLAUDE_OPUS_45.id, 1468, 6],
      [twin.id, 1468.3, 6],
    ]);
    const r = recommendModels(makeAnswers(), [tie], [CLAUDE_OPUS_45, twin]);
    expect(r.shortlist[1]!.why[0]).toBe(
      "As close to the best as #1 (0 points behind on overall); ranked after it because it costs the same and sorts after it by name.",
    );
  });

  it("adds the best open-weight model when the top five are all proprietary", () => {
    const board = makeTaskBoard("overall", [
      ...[10, 11, 12, 13, 14].map((id, i) => [id, 1500 - i, 5] as [number, number, number]),
      [QWEN3_235B_2507.id, 1420, 5],
    ]);
    const rows = [10, 11, 12, 13, 14].map((id) => ({
      ...GEMINI_3_PRO,
      id,
      slug: `p${id}`,
      name: `p${id}`,
      organization: `Lab ${id}`,
    }));
    const r = recommendModels(makeAnswers(), [board], [...rows, QWEN3_235B_2507]);
    expect(r.shortlist).toHaveLength(6);
    expect(r.shortlist[5]).toMatchObject({ rank: 6, addedAs: "best open-weight" });
  });

  it("takes at most two of one family, and lists every option for 'show all'", () => {
    // Six Google variants lead the board; Qwen and Llama trail them.
    const ids = [20, 21, 22, 23, 24, 25];
    const board = makeTaskBoard("overall", [
      ...ids.map((id, i) => [id, 1500 - i, 5] as [number, number, number]),
      [QWEN3_235B_2507.id, 1420, 5],
      [LLAMA_31_70B.id, 1292, 4],
    ]);
    const rows = ids.map((id) => ({ ...GEMINI_3_PRO, id, slug: `g${id}`, name: `Gemini ${id}` }));
    const r = recommendModels(makeAnswers(), [board], [...rows, QWEN3_235B_2507, LLAMA_31_70B]);
    expect(r.shortlist.map((e) => [e.candidate.profile.slug, e.rank])).toEqual(
      [
        ["g20", 1],
        ["g21", 2],
        ["qwen3-235b-a22b-instruct-2507", 7],
        ["llama-3.1-70b-instruct", 8],
        // Only two other families: the fifth place goes back to the next in rank order.
        ["g22", 3],
      ].sort((a, b) => Number(a[1]) - Number(b[1])),
    );
    expect(r.capped).toEqual(["google"]);
    expect(r.all.map((o) => o.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.all).toHaveLength(r.passing);
  });

  it("when nothing passes, says what dropping each requirement would give", () => {
    const r = run({ privacy: true, gpus: 1 });
    expect(r.shortlist).toEqual([]);
    expect(r.unknownLicence).toBe(1);
    const summary = r.relaxations.map((x) => [
      x.check,
      x.failing,
      x.count,
      x.top.map((t) => `${t.name}:${t.route}`),
    ]);
    expect(summary).toEqual([
      // Without privacy every API qualifies; the two proprietary models fail it on every route.
      [
        "privacy",
        2,
        5,
        ["Gemini-3-Pro:api", "Claude Opus 4.5:api", "Qwen3-235B-A22B-Instruct-2507:api"],
      ],
      // Without the 1-GPU limit the open models are self-hosted on rented GPUs.
      [
        "hardware",
        0,
        3,
        [
          "Qwen3-235B-A22B-Instruct-2507:self",
          "DeepSeek-V3.2:self",
          "Meta-Llama-3.1-70b-Instruct:self",
        ],
      ],
    ]);
  });
});

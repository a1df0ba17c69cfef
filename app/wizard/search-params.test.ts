import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS } from "@/lib/wizard/answers";
import {
  hiddenFields,
  parseWizardParams,
  rawQuery,
  serializeWizardParams,
  wizardHref,
} from "./search-params";

const parse = (q: string) => {
  const raw: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(q)) {
    const prev = raw[k];
    raw[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return parseWizardParams(raw);
};

describe("parseWizardParams", () => {
  it("gives the defaults for an empty link, with no notices", () => {
    expect(parse("")).toEqual({ answers: DEFAULT_ANSWERS, issues: [] });
  });

  it.each([
    ["task=coding,math", { tasks: ["coding", "math"] }],
    // plain forms repeat a key per checkbox; order follows the question, not the URL
    ["task=math&task=coding", { tasks: ["coding", "math"] }],
    ["q=within&qn=50", { quality: "within", within: 50 }],
    ["priv=1", { privacy: true }],
    ["lic=osi,derivatives", { licence: ["derivatives", "osi"] }],
    ["budget=$2,000&vol=250", { budget: 2000, volumeM: 250 }],
    ["budget=2k", { budget: 2000 }],
    ["budget=", { budget: null }],
    ["gpus=2&vram=80&ops=api", { gpus: 2, vram: 80, ops: "api" }],
    ["speed=30&tput=1500", { speed: 30, tput: 1500 }],
  ] as const)("%s", (q, expected) => {
    const { answers, issues } = parse(q);
    expect(issues).toEqual([]);
    expect(answers).toMatchObject(expected);
  });

  it.each([
    [
      "split=1:1&ctx=128k&conc=8&quant=4&rent=141&gph=3.2",
      { split: [1, 1], ctx: 131072, conc: 8, quant: "4", rent: 141, gph: 3.2 },
    ],
    ["ctx=200000", { ctx: 200000 }],
  ] as const)("assumptions: %s", (q, expected) => {
    expect(parse(q).answers.assumptions).toMatchObject(expected);
  });

  it.each([
    ["step=finish", "step", /expected one of tasks, quality, .*result/],
    ["task=poetry", "task", /expected one of chat, coding, math, long, vision, multilingual/],
    ["q=perfect", "q", /frontier, within, any/],
    ["qn=-5", "qn", /between 1 and 500/],
    ["priv=maybe", "priv", /1 \(data must stay in-house\) or 0/],
    ["budget=lots", "budget", /US dollars per month/],
    ["gpus=2.5", "gpus", /whole number of GPUs/],
    ["vram=33", "vram", /one of 24, 40, 48, 80, 94, 141, 192/],
    ["split=3-1", "split", /input:output ratio such as 3:1/],
    ["ctx=12", "ctx", /between 1,024 and/],
    ["quant=2", "quant", /auto, 16, 8, 4/],
    ["colour=blue", "parameter", /a known key/],
  ])("%s → a notice on %s, and the default", (q, key, message) => {
    const { answers, issues } = parse(q);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ key });
    expect(issues[0]!.message).toMatch(message);
    expect(issues[0]!.message).toMatch(/the default applies/);
    expect(serializeWizardParams(answers)).toBe("");
  });

  it("keeps the good values of a half-bad list", () => {
    const { answers, issues } = parse("task=coding,poetry");
    expect(answers.tasks).toEqual(["coding"]);
    expect(issues.map((i) => i.value)).toEqual(["poetry"]);
  });
});

describe("serializeWizardParams", () => {
  it.each([
    "",
    "?step=result&task=coding&priv=1&gpus=2",
    "?step=result&budget=1000&ops=api",
    "?step=result&task=math&lic=derivatives,osi&gpus=4",
    "?step=infra&task=multilingual&lang=german,japanese&q=within&qn=20&vol=2.5&vram=141&speed=30&tput=900&split=1:1&ctx=131072&conc=8&quant=8&rent=48&gph=1.1",
  ])("round-trips %s unchanged (so the canonical redirect cannot loop)", (q) => {
    expect(serializeWizardParams(parse(q).answers)).toBe(q);
  });

  it("drops defaults and orders keys canonically", () => {
    const { answers } = parse("gpus=0&task=coding&step=quality&q=any&priv=0&task=math");
    expect(serializeWizardParams(answers)).toBe("?step=quality&task=coding,math");
    expect(wizardHref(answers, "result")).toBe("/wizard?step=result&task=coding,math");
  });
});

describe("hiddenFields", () => {
  it("carries every answer except the step's own questions and the step itself", () => {
    const { answers } = parse("step=infra&task=coding&priv=1&gpus=2&vram=141&ops=api&budget=500");
    expect(hiddenFields(answers, "infra")).toEqual([
      ["task", "coding"],
      ["priv", "1"],
      ["budget", "500"],
    ]);
    expect(hiddenFields(answers, "budget")).toEqual([
      ["task", "coding"],
      ["priv", "1"],
      ["gpus", "2"],
      ["vram", "141"],
      ["ops", "api"],
    ]);
  });
});

describe("rawQuery", () => {
  it("rebuilds the query as it arrived, repeated keys included", () => {
    expect(rawQuery({ step: "quality", task: ["coding", "math"], budget: "" })).toBe(
      "?step=quality&task=coding&task=math&budget=",
    );
    expect(rawQuery({})).toBe("");
  });
});

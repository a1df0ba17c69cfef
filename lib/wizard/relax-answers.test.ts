import { describe, expect, it } from "vitest";
import type { WizardAnswers } from "./answers";
import { CHECK_IDS, type CheckId } from "./evaluate-candidate";
import { relaxAnswers } from "./relax-answers";
import { makeAnswers } from "./testing/fixtures";

const strict = makeAnswers({
  quality: "frontier",
  privacy: true,
  licence: ["commercial", "derivatives", "osi"],
  budget: 100,
  gpus: 1,
  ops: "api",
  speed: 50,
  tput: 500,
});

describe("relaxAnswers", () => {
  it.each([
    ["quality", { quality: "any" }],
    ["privacy", { privacy: false }],
    ["commercial", { licence: ["derivatives", "osi"] }],
    ["derivatives", { licence: ["commercial", "osi"] }],
    ["osi", { licence: ["commercial", "derivatives"] }],
    ["budget", { budget: null }],
    ["hardware", { gpus: 0 }],
    ["ops", { ops: "any" }],
    ["speed", { speed: null }],
    ["tput", { tput: null }],
  ] as const)("dropping %s changes only that answer", (check, change) => {
    expect(relaxAnswers(strict, check)).toEqual({ ...strict, ...change } as WizardAnswers);
  });

  it("has no link for the context window (an assumption, not an answer)", () => {
    expect(relaxAnswers(strict, "context")).toBeNull();
  });

  it("covers every check", () => {
    // Context and volume are what the work needs, not a preference to drop.
    const demands = ["context", "volume"];
    const covered: CheckId[] = CHECK_IDS.filter(
      (c) => demands.includes(c) || relaxAnswers(strict, c),
    );
    expect(covered).toEqual([...CHECK_IDS]);
  });
});

import { describe, expect, it } from "vitest";
import { summariseParamIssues, type ParamIssue } from "./summarise-param-issues";

const bad = (key: string, value: string): ParamIssue => ({
  key,
  value,
  message: `Unknown ${key} "${value}". Valid: a, b.`,
});

describe("summariseParamIssues", () => {
  it("keeps one notice per key and counts the rest", () => {
    const issues = [
      ...Array.from({ length: 5_000 }, (_, i) => bad("lic", `zz${i}`)),
      bad("cat", "nope"),
      ...Array.from({ length: 3 }, (_, i) => bad("parameter", `k${i}`)),
    ];
    expect(summariseParamIssues(issues)).toEqual([
      {
        key: "lic",
        value: "zz0",
        message: 'Unknown lic "zz0". Valid: a, b. (and 4,999 more for "lic")',
      },
      { key: "cat", value: "nope", message: 'Unknown cat "nope". Valid: a, b.' },
      {
        key: "parameter",
        value: "k0",
        message: 'Unknown parameter "k0". Valid: a, b. (and 2 more unknown parameters)',
      },
    ]);
  });

  it("quotes each kind of problem with a key once", () => {
    const issues: ParamIssue[] = [
      { key: "models", value: "💥", message: 'Ignored "💥": not a model name or slug.' },
      { key: "models", value: "!!", message: 'Ignored "!!": not a model name or slug.' },
      { key: "models", value: "gpt-9", message: "Ignored unknown model: gpt-9." },
    ];
    expect(summariseParamIssues(issues)).toEqual([
      {
        key: "models",
        value: "💥",
        message:
          'Ignored "💥": not a model name or slug. Ignored unknown model: gpt-9. (and 1 more for "models")',
      },
    ]);
  });

  it("cuts long values short, in the value and in the message", () => {
    const [notice] = summariseParamIssues([bad("q", "x".repeat(5_000))]);
    expect(notice?.value).toBe(`${"x".repeat(59)}…`);
    expect(notice?.message).toBe(`Unknown q "${"x".repeat(59)}…". Valid: a, b.`);
  });

  it("bounds a message that quotes many values", () => {
    const long = { key: "models", value: "m", message: `ignored: ${"slug, ".repeat(1_000)}` };
    expect(summariseParamIssues([long])[0]?.message.length).toBeLessThanOrEqual(300);
  });
});

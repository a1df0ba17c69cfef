import { describe, expect, it } from "vitest";
import { modelOnDate, resolveIdentities, type IdentityFact } from "./resolve-identities";

const fact = (
  name: string,
  aliases: string[],
  firstSeenOn: string,
  extra: Partial<IdentityFact> = {},
): IdentityFact => ({
  source: "board",
  isCatalog: false,
  priority: 1,
  name,
  aliases,
  firstSeenOn,
  ...extra,
});

describe("resolveIdentities", () => {
  it("gives the same answer whatever order the facts arrive in", () => {
    const facts = [
      fact("claude-3-5-sonnet-20240620", ["Claude 3.5 Sonnet"], "2024-06-20"),
      fact("claude-3-5-sonnet-20241022", ["Claude 3.5 Sonnet"], "2024-10-22"),
      fact("gemma-2-27b-it", ["Gemma-2-27B-it"], "2024-06-30"),
      fact("late-june-chatbot", ["Gemma-2-27B-it"], "2024-06-20"),
    ];
    const a = resolveIdentities(facts, ["claude-3.5-sonnet"], {}, []);
    const b = resolveIdentities(facts.toReversed(), ["claude-3.5-sonnet"], {}, []);
    expect([...a.modelOf].sort()).toEqual([...b.modelOf].sort());
    expect([...a.periods].sort()).toEqual([...b.periods].sort());
  });

  it("lets a display name mean each key from the date they were first paired", () => {
    const { modelOf, periods } = resolveIdentities(
      [
        fact("claude-3-5-sonnet-20240620", ["Claude 3.5 Sonnet"], "2024-06-20"),
        fact("claude-3-5-sonnet-20241022", ["Claude 3.5 Sonnet"], "2024-10-22"),
      ],
      [],
      {},
      [],
    );
    const list = periods.get("claude-3.5-sonnet") ?? [];
    expect(modelOnDate(list, "2024-08-01")).toBe("claude-3-5-sonnet-20240620");
    expect(modelOnDate(list, "2025-01-01")).toBe("claude-3-5-sonnet-20241022");
    expect(modelOf.get("claude-3.5-sonnet")).toBe("claude-3-5-sonnet-20241022");
  });

  it("never lets a display name claim a slug that is another key", () => {
    const { modelOf } = resolveIdentities(
      [
        fact("late-june-chatbot", ["Gemma-2-27B-it"], "2024-06-20"),
        fact("gemma-2-27b-it", ["Gemma-2-27B-it"], "2024-06-30"),
      ],
      [],
      {},
      [],
    );
    expect(modelOf.get("gemma-2-27b-it")).toBe("gemma-2-27b-it");
    expect(modelOf.get("late-june-chatbot")).toBe("late-june-chatbot");
  });

  it("applies reviewed overrides and date splits", () => {
    const { modelOf, periods } = resolveIdentities(
      [fact("vicuna-13b", [], "2023-05-08")],
      ["llama-3.1-405b-instruct-fp8", "vicuna-13b"],
      { "llama-3.1-405b-instruct-fp8": "llama-3.1-405b-instruct" },
      [
        {
          name: "vicuna-13b",
          before: "2023-08-01",
          model: "vicuna-13b-llama1",
          displayName: "",
          reason: "",
        },
      ],
    );
    expect(modelOf.get("llama-3.1-405b-instruct-fp8")).toBe("llama-3.1-405b-instruct");
    const list = periods.get("vicuna-13b") ?? [];
    expect(modelOnDate(list, "2023-06-19")).toBe("vicuna-13b-llama1");
    expect(modelOnDate(list, "2023-08-02")).toBe("vicuna-13b");
  });

  it("joins a catalog entry to the model its first known name is, without claiming other names", () => {
    const { modelOf } = resolveIdentities(
      [
        fact("gpt-4o-2024-05-13", ["GPT-4o-2024-05-13"], "2024-05-13"),
        fact("gpt-4o-2024-05-13", ["GPT-4o (2024-05-13)"], "2026-07-02", { isCatalog: true }),
      ],
      [],
      {},
      [],
    );
    expect(modelOf.get("gpt-4o-2024-05-13")).toBe("gpt-4o-2024-05-13");
    expect(modelOf.get("gpt-4o-2024-05-13-")).toBeUndefined();
    expect(modelOf.get("gpt-4o")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { filterModelOptions } from "@/lib/compare/filter-model-options";
import { toOgText } from "@/lib/compare/to-og-text";
import { suggestModels } from "./suggest-models";

const o = (slug: string, name: string, organization: string | null = null) => ({
  slug,
  name,
  organization,
});
// Real names from the seed.
const OPTIONS = [
  o("gpt-4o-2024-05-13", "GPT-4o-2024-05-13", "OpenAI"),
  o("gpt-4o-2024-08-06", "GPT-4o-2024-08-06", "OpenAI"),
  o("chatgpt-4o-latest-20241120", "ChatGPT-4o-latest (2024-11-20)", "OpenAI"),
  o("deepseek-r1", "DeepSeek-R1", "DeepSeek"),
  o("deepseek-r1-0528", "DeepSeek-R1-0528", "DeepSeek"),
  o("glm-4.5", "GLM-4.5", "Zhipu"),
  o("glm-4.5-air", "GLM-4.5-Air", "Zhipu"),
  o("llama-3.1-405b-instruct", "Meta-Llama-3.1-405b-Instruct", "Meta"),
];

describe("suggestModels (did you mean)", () => {
  it("finds the intended model for a truncated or mistyped slug", () => {
    expect(suggestModels("gpt-4o-2024-05", OPTIONS)[0]?.slug).toBe("gpt-4o-2024-05-13");
    expect(suggestModels("deepsek-r1", OPTIONS)[0]?.slug).toBe("deepseek-r1");
    expect(suggestModels("meta-llama-3.1-405b", OPTIONS)[0]?.slug).toBe("llama-3.1-405b-instruct");
  });

  it("suggests nothing for unrelated text", () => {
    expect(suggestModels("zzzz", OPTIONS)).toEqual([]);
    expect(suggestModels("", OPTIONS)).toEqual([]);
  });
});

describe("filterModelOptions (the picker)", () => {
  it("needs every typed word, ranks names that start with the query and shorter names first", () => {
    expect(filterModelOptions("glm 4.5", OPTIONS, new Set()).map((m) => m.slug)).toEqual([
      "glm-4.5",
      "glm-4.5-air",
    ]);
    expect(filterModelOptions("openai 4o", OPTIONS, new Set()).map((m) => m.slug)).toEqual([
      "gpt-4o-2024-05-13",
      "gpt-4o-2024-08-06",
      "chatgpt-4o-latest-20241120",
    ]);
  });

  it("leaves out models already chosen and answers nothing to an empty query", () => {
    expect(
      filterModelOptions("deepseek", OPTIONS, new Set(["deepseek-r1"])).map((m) => m.slug),
    ).toEqual(["deepseek-r1-0528"]);
    expect(filterModelOptions("  ", OPTIONS, new Set())).toEqual([]);
  });
});

describe("toOgText", () => {
  it("keeps text within the bundled font: no download for a missing glyph", () => {
    expect(toOgText("Qwen3 · style control — ≥ 1 month")).toBe(
      "Qwen3 | style control - >= 1 month",
    );
    expect(toOgText("Café 文心一言 🚀 ok")).toBe("Cafe ok");
  });
});

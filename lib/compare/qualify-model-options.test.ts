import { describe, expect, it } from "vitest";
import { qualifyModelOptions } from "./qualify-model-options";

const option = (slug: string, name: string, organization: string | null, since: string | null) => ({
  slug,
  name,
  organization,
  since,
});

describe("qualifyModelOptions", () => {
  it("lists a slug once and leaves distinct names unqualified", () => {
    const out = qualifyModelOptions([
      option(
        "chatgpt-4o-latest-20240808",
        "ChatGPT-4o-latest (2024-08-08)",
        "OpenAI",
        "2024-08-13",
      ),
      option(
        "chatgpt-4o-latest-20240808",
        "ChatGPT-4o-latest (2024-08-08)",
        "OpenAI",
        "2024-08-13",
      ),
      option("llama-3.1-405b-instruct-bf16", "Meta-Llama-3.1-405B-Instruct-bf16", "Meta", null),
    ]);
    expect(out.map((o) => [o.slug, o.qualifier])).toEqual([
      ["chatgpt-4o-latest-20240808", null],
      ["llama-3.1-405b-instruct-bf16", null],
    ]);
  });

  it("tells names that read alike apart by organisation, then date, then slug", () => {
    const out = qualifyModelOptions([
      option("llama-3.1-405b-instruct", "Meta-Llama-3.1-405b-Instruct", "Meta", "2024-07-30"),
      option(
        "meta-llama-3.1-405b-instruct",
        "Meta Llama 3.1 405B Instruct",
        "Nvidia",
        "2024-07-30",
      ),
      option("gpt-x", "GPT-X", "OpenAI", "2025-01-01"),
      option("gpt-x-2", "gpt x", "OpenAI", "2025-03-01"),
      option("a-1", "A", null, null),
      option("a-2", "A", null, null),
    ]);
    expect(out.map((o) => o.qualifier)).toEqual([
      "Meta",
      "Nvidia",
      "since 2025-01-01",
      "since 2025-03-01",
      "a-1",
      "a-2",
    ]);
  });
});

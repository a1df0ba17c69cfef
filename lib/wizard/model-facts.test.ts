import { describe, expect, it } from "vitest";
import { MODEL_FACTS, buildModelProfile, findModelFact } from "./model-facts";
import { makeRow } from "./testing/fixtures";

describe("MODEL_FACTS", () => {
  it("cites an https source for every fact and claims each slug once", () => {
    const slugs = MODEL_FACTS.flatMap((f) => f.slugs);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const f of MODEL_FACTS) {
      expect(f.source, f.name).toMatch(/^https:\/\//);
      if (f.hfRepo) expect(f.hfRepo, f.name).toMatch(/^[\w.-]+\/[\w.-]+$/);
      if (f.activeParametersB) expect(f.activeParametersB).toBeLessThan(f.parametersB);
    }
  });

  it.each([
    ["deepseek-r1", 671, 37, "deepseek-ai/DeepSeek-R1", "mit"],
    ["qwen3-235b-a22b-instruct-2507", 235, 22, "Qwen/Qwen3-235B-A22B-Instruct-2507", "apache-2.0"],
    ["kimi-k2-0905-preview", 1000, 32, "moonshotai/Kimi-K2-Instruct-0905", "modified-mit-kimi"],
    ["glm-4.5-air", 106, 12, "zai-org/GLM-4.5-Air", "mit"],
    ["gpt-oss-20b", 21, 3.6, "openai/gpt-oss-20b", "apache-2.0"],
    [
      "llama-3.1-405b-instruct-fp8",
      405,
      undefined,
      "meta-llama/Llama-3.1-405B-Instruct",
      "llama-3.1",
    ],
    ["gemma-3-27b-it", 27, undefined, "google/gemma-3-27b-it", "gemma"],
    ["mistral-large-2407", 123, undefined, "mistralai/Mistral-Large-Instruct-2407", "mrl"],
  ])("%s: %sB total, %sB active, %s, %s", (slug, total, active, repo, licence) => {
    const f = findModelFact(slug);
    expect(f).toMatchObject({ parametersB: total, hfRepo: repo, licence });
    expect(f?.activeParametersB).toBe(active);
  });
});

describe("buildModelProfile", () => {
  it("keeps the feed's numbers and fills its gaps from the model card, saying which is which", () => {
    const p = buildModelProfile(
      makeRow(1, "gpt-oss-120b", {
        name: "GPT OSS 120B",
        licence: "Open weights",
        licenceClass: "open-osi",
        parametersB: 120,
        contextWindow: 131072,
      }),
    );
    expect(p.parametersB).toBe(120);
    expect(p.activeParametersB).toBe(5.1);
    expect(p.basis).toEqual({
      parametersB: "database",
      activeParametersB: "model card",
      contextWindow: "database",
    });
    expect(p.nativeBits).toBe(4);
    expect(p.licenceTerms.name).toBe("Apache 2.0");
    expect(p.factSource).toBe("https://huggingface.co/openai/gpt-oss-120b");
  });

  it("names a model by its card when the feed only gave the raw key", () => {
    const p = buildModelProfile(
      makeRow(2, "qwen3-vl-235b-a22b-instruct", { licenceClass: "open-restricted" }),
    );
    expect(p.name).toBe("Qwen3-VL-235B-A22B-Instruct");
    expect(p.openWeights).toBe(true);
  });

  it("knows nothing extra about a model without curated facts", () => {
    const p = buildModelProfile(makeRow(3, "gemini-3-pro", { name: "Gemini-3-Pro" }));
    expect(p).toMatchObject({
      parametersB: null,
      hfRepo: null,
      openWeights: false,
      factSource: null,
    });
    expect(p.licenceTerms.derivatives).toBe("no");
  });
});

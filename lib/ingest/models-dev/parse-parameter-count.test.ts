import { describe, expect, it } from "vitest";
import { parseParameterCount } from "./parse-parameter-count";

describe("parseParameterCount", () => {
  it.each([
    ["qwen3-235b-a22b", 235, 22],
    ["Qwen3-235B-A22B", 235, 22],
    ["qwen3-coder-480b-a35b-instruct", 480, 35],
    ["nemotron-3-ultra-550b-a55b", 550, 55],
    ["gemma-4-26b-a4b-it", 26, 4],
    ["gpt-oss-120b", 120, null],
    ["llama-3.3-70b-instruct", 70, null],
    ["qwen3.5-9b", 9, null],
    ["llama-nemotron-embed-vl-1b-v2", 1, null],
    ["qwen2-5-vl-72b-instruct", 72, null],
    ["some-model-1.5b", 1.5, null],
    // Llama 4 is named by active parameters (17B active of 109B/400B total).
    ["llama-4-maverick-17b-instruct", null, 17],
    ["groq-llama-4-maverick-17b-128e-instruct", null, 17],
    // Not a stated parameter count.
    ["gemma-4-E2B-it", null, null],
    ["command-r7b-12-2024", null, null],
    ["open-mixtral-8x22b", null, null],
    ["gpt-5", null, null],
    ["kimi-k2.5", null, null],
    ["claude-opus-4-5-20251101", null, null],
    ["glm-4.5v", null, null],
  ])("%s → total %s, active %s", (id, totalB, activeB) => {
    expect(parseParameterCount(id)).toEqual({ totalB, activeB });
  });
});

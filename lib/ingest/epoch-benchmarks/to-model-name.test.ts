import { describe, expect, it } from "vitest";
import { toModelName } from "./to-model-name";

describe("toModelName (Epoch model versions)", () => {
  it.each([
    ["o3-2025-04-16_high", "o3-2025-04-16"],
    ["claude-opus-4-5-20251101_32K", "claude-opus-4-5-20251101"],
    ["gpt-5.2-2025-12-11_xhigh", "gpt-5.2-2025-12-11"],
    ["Qwen/Qwen3-235B-A22B-Thinking-2507", "Qwen3-235B-A22B-Thinking-2507"],
    ["fireworks/deepseek-v3p2", "deepseek-v3p2"],
    ["gpt-5.2-pro-2025-12-11-webapp", "gpt-5.2-pro-2025-12-11-webapp"],
    ["Llama-3.1-405B", "Llama-3.1-405B"],
  ])("%s → %s", (version, model) => {
    expect(toModelName(version)).toBe(model);
  });
});

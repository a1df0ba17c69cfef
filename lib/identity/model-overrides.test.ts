import { describe, expect, it } from "vitest";
import { findLicenceOverride } from "./model-overrides";

describe("licence overrides", () => {
  it.each([
    ["qwen-max-0919", "proprietary"],
    ["qwen3.7-max-preview", "proprietary"],
    ["qwen-vl-max-2025-08-13", "proprietary"],
    ["qwen2.5-plus-1127", "proprietary"],
    ["gpt-oss-120b", "open-osi"],
    ["grok-4.20-beta-0309", "proprietary"],
    ["grok-4.5", "proprietary"],
    ["claude-sonnet-4-20250514-thinking-32k", "proprietary"],
    ["llama-4-maverick-03-26-experimental", "proprietary"],
    ["mistral-medium-3.5", "open-restricted"],
  ])("%s → %s", (slug, cls) => {
    expect(findLicenceOverride(slug)?.licenceClass).toBe(cls);
  });

  it.each([
    "qwen2.5-7b-instruct",
    "qwen3-32b",
    "llama-4-maverick-17b-128e-instruct",
    "gpt-4o-2024-08-06",
  ])("leaves %s to the sources", (slug) => {
    expect(findLicenceOverride(slug)).toBeUndefined();
  });

  it("names the licence only when a review decides it", () => {
    expect(findLicenceOverride("deepseek-r1")?.licence).toBe("MIT");
    expect(findLicenceOverride("qwen-vl-max-2025-08-13")).toMatchObject({
      licenceClass: "proprietary",
    });
    expect(findLicenceOverride("qwen-vl-max-2025-08-13")?.licence).toBeUndefined();
  });
});

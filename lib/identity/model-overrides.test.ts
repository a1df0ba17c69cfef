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
    ["llama-4-maverick-03-26-experimental", "unknown"],
  ])("%s → %s", (slug, cls) => {
    expect(findLicenceOverride(slug)?.licenceClass).toBe(cls);
  });

  it.each([
    "qwen2.5-72b-instruct",
    "qwen3-235b-a22b",
    "llama-4-maverick-17b-128e-instruct",
    "gpt-4o-2024-05-13",
  ])("leaves %s to the sources", (slug) => {
    expect(findLicenceOverride(slug)).toBeUndefined();
  });
});

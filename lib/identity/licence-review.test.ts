import { describe, expect, it } from "vitest";
import { LICENCE_CLASSES } from "@/lib/domain";
import { findLicenceReview, LICENCE_REVIEW, LICENCE_REVIEW_FAMILIES } from "./licence-review";
import { findLicenceOverride } from "./model-overrides";

describe("licence review", () => {
  it("gives every entry a valid class, a licence name and a reason", () => {
    for (const r of LICENCE_REVIEW) {
      expect(LICENCE_CLASSES, r.slug).toContain(r.licenceClass);
      expect(r.licence.trim(), r.slug).not.toBe("");
      expect(r.reason.trim().length, r.slug).toBeGreaterThan(20);
    }
  });

  it("keeps every family file sorted by slug and every slug reviewed once", () => {
    for (const [family, list] of Object.entries(LICENCE_REVIEW_FAMILIES)) {
      const slugs = list.map((r) => r.slug);
      expect(slugs, family).toEqual(slugs.toSorted());
    }
    const all = LICENCE_REVIEW.map((r) => r.slug);
    expect(new Set(all).size).toBe(all.length);
  });

  it("names a proprietary licence exactly for the proprietary class", () => {
    for (const r of LICENCE_REVIEW)
      expect(r.licence.startsWith("Proprietary"), r.slug).toBe(r.licenceClass === "proprietary");
  });

  it.each([
    ["gpt-oss-120b", "open-osi", "Apache-2.0"],
    ["qwen-max-0919", "proprietary", "Proprietary"],
    ["qwen3-max-preview", "proprietary", "Proprietary"],
    ["llama-3.1-405b-instruct", "open-restricted", "Llama 3.1 Community"],
    ["deepseek-r1", "open-osi", "MIT"],
    ["deepseek-v3", "open-restricted", "DeepSeek Model License"],
    ["deepseek-v3-0324", "open-osi", "MIT"],
    ["command-r", "non-commercial", "CC-BY-NC-4.0"],
    ["glm-4.6", "open-osi", "MIT"],
    ["kimi-k2-0711-preview", "open-restricted", "Modified MIT"],
    ["minimax-m2.7", "open-restricted", "Modified MIT"],
    ["mistral-large-2407", "non-commercial", "Mistral Research License"],
    ["mistral-large-3", "open-osi", "Apache-2.0"],
    ["mistral-medium-2508", "proprietary", "Proprietary"],
    ["chatglm3-6b", "open-restricted", "ChatGLM3-6B License"],
    ["late-june-chatbot", "unknown", "Unknown"],
  ])("%s → %s (%s)", (slug, licenceClass, licence) => {
    expect(findLicenceReview(slug)).toMatchObject({ licenceClass, licence });
  });

  it("wins over the naming rules for every reviewed slug", () => {
    for (const r of LICENCE_REVIEW)
      expect(findLicenceOverride(r.slug), r.slug).toEqual({
        licenceClass: r.licenceClass,
        licence: r.licence,
        reason: r.reason,
      });
  });
});

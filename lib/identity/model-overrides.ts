import type { LicenceClass } from "@/lib/domain";
import { findLicenceReview } from "./licence-review";

// Reviewed by hand: what the naming rules and the sources' own labels get wrong.
// Every entry says why, so a reader can check it against the upstream source.

export interface LicenceOverride {
  pattern: RegExp;
  licenceClass: LicenceClass;
  reason: string;
}

export const LICENCE_OVERRIDES: readonly LicenceOverride[] = [
  {
    pattern: /^qwen[\d.]*-(vl-)?(max|plus|turbo)/,
    licenceClass: "proprietary",
    reason:
      "API-only Qwen models (Max/Plus/Turbo); LMArena labels some with the Qwen family licence",
  },
  {
    pattern: /^internlm2[._-]5-20b-chat$/,
    licenceClass: "open-restricted",
    reason: "Weights published on Hugging Face; LMArena labels the licence 'Other'",
  },
  {
    pattern: /^gpt-oss-(20b|120b)$/,
    licenceClass: "open-osi",
    reason: "OpenAI released gpt-oss weights under Apache 2.0; arena-catalog carries no licence",
  },
  {
    pattern: /^olmo-3-/,
    licenceClass: "open-osi",
    reason: "Ai2 OLMo 3 is released under Apache 2.0; arena-catalog carries no licence",
  },
  {
    pattern:
      /^(claude-.*-thinking-\d+k|gpt-5-old|grok-4[.\d]*(-beta)?(-\d+)?|nova-2-lite|amazon-nova-experimental-chat-.*|mistral-medium-3(\.1)?|mercury)$/,
    licenceClass: "proprietary",
    reason:
      "API-only models from Anthropic, OpenAI, xAI, Amazon, Mistral (Medium) and Inception; the source carries no licence",
  },
];

/** Names the rules cannot join: the source's spelling → the canonical slug. */
export const ALIAS_OVERRIDES: Readonly<Record<string, string>> = {
  "gpt-4o-2024-08-08": "chatgpt-4o-latest-20240808",
  "qwen2.5-plus-0125": "qwen-plus-0125",
  "claude-3.5-sonnet-2024-10-22": "claude-3-5-sonnet-20241022",
  "gemini-1.5-pro-0514": "gemini-1.5-pro-api-0514",
};

/** A decision taken by hand: the class, the licence's name when a review gives one, and why. */
export interface LicenceDecision {
  licenceClass: LicenceClass;
  licence?: string;
  reason: string;
}

/** The reviewed exact-slug decision first; the naming rules only for models outside the review. */
export function findLicenceOverride(slug: string): LicenceDecision | undefined {
  const reviewed = findLicenceReview(slug);
  if (reviewed)
    return {
      licenceClass: reviewed.licenceClass,
      licence: reviewed.licence,
      reason: reviewed.reason,
    };
  const rule = LICENCE_OVERRIDES.find((o) => o.pattern.test(slug));
  return rule && { licenceClass: rule.licenceClass, reason: rule.reason };
}

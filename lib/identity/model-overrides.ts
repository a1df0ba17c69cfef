import type { LicenceClass } from "@/lib/domain";

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
    pattern: /^llama-4-maverick-03-26-experimental$/,
    licenceClass: "unknown",
    reason: "Unreleased experimental variant; LMArena labels it N/A (weights never published)",
  },
  {
    pattern: /^late-june-chatbot$/,
    licenceClass: "unknown",
    reason:
      "Codename of a pre-release Gemma 2 test checkpoint; key_to_model.csv marks it Proprietary",
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
      /^(claude-.*-thinking-\d+k|gpt-5-old|grok-4[.\d]*(-beta)?(-\d+)?|nova-2-lite|amazon-nova-experimental-chat-.*|mistral-medium-3[.\d]*|mercury)$/,
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

export function findLicenceOverride(slug: string): LicenceOverride | undefined {
  return LICENCE_OVERRIDES.find((o) => o.pattern.test(slug));
}

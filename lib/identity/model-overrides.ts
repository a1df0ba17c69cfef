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
    pattern: /^qwen(2\.5|3)?-(max|plus|turbo)/,
    licenceClass: "proprietary",
    reason: "API-only Qwen models that LMArena labels with the Qwen family licence",
  },
  {
    pattern: /^qwen3-max/,
    licenceClass: "proprietary",
    reason: "qwen3-max is API-only; scatterplot-data.json labels the preview Apache 2.0 by mistake",
  },
  {
    pattern: /^llama-4-maverick-03-26-experimental$/,
    licenceClass: "unknown",
    reason: "Unreleased experimental variant; LMArena labels it N/A (weights never published)",
  },
  {
    pattern: /^late-june-chatbot$/,
    licenceClass: "unknown",
    reason: "Codename of a Gemma 2 test checkpoint; key_to_model.csv marks it Proprietary",
  },
  {
    pattern: /^internlm2\.5-20b-chat$/,
    licenceClass: "open-restricted",
    reason: "Weights published on Hugging Face; LMArena labels the licence 'Other'",
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

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
    pattern: /^vicuna-13b-llama1$/,
    licenceClass: "non-commercial",
    reason: "Vicuna v1.1–v1.3 were LLaMA 1 fine-tunes, released for non-commercial use only",
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

/** Names the rules cannot join: the source's spelling (slugged) → the canonical slug. */
export const ALIAS_OVERRIDES: Readonly<Record<string, string>> = {
  // OpenAI's 2024-08-08 ChatGPT-4o snapshot under three spellings; "chatgpt-4o-latest" is only
  // rated from 2024-08-22 to 2024-09-04, while it pointed at this snapshot.
  "gpt-4o-2024-08-08": "chatgpt-4o-latest-20240808",
  "chatgpt-4o-latest-2024-08-08": "chatgpt-4o-latest-20240808",
  "chatgpt-4o-latest": "chatgpt-4o-latest-20240808",
  "qwen2.5-plus-0125": "qwen-plus-0125",
  "claude-3.5-sonnet-2024-10-22": "claude-3-5-sonnet-20241022",
  // Gemini 1.5 Pro of May 2024: the API key of the preview and the GA name of the same weights.
  "gemini-1.5-pro-0514": "gemini-1.5-pro-001",
  "gemini-1.5-pro-api-0514": "gemini-1.5-pro-001",
  // LMArena renamed Llama 3.1 405B to "-fp8" on 2024-09-15 when it added a bf16 run; the
  // model served before was the fp8 one (bf16 stays a separate entry).
  "llama-3.1-405b-instruct-fp8": "llama-3.1-405b-instruct",
  "meta-llama-3.1-405b-instruct-fp8": "llama-3.1-405b-instruct",
  "llama-3.1-405b": "llama-3.1-405b-instruct",
  // Athene-70B (July 2024): the display name of the daily CSV and the catalog's dated key.
  "athene-70b": "athene-70b-0725",
  // Mistral Medium 3 is the 2505 release.
  "mistral-medium-3": "mistral-medium-2505",
  // Qwen2.5-Max shipped as qwen-max-2025-01-25.
  "qwen-max-2025-01-25": "qwen2.5-max",
  // arena.ai renamed kimi-k3 to kimi-k3-max on 2026-07-28 with the same link and rating.
  "kimi-k3": "kimi-k3-max",
  // arena.ai's early name for the model LMArena lists as trinity-large-preview.
  "trinity-large": "trinity-large-preview",
  "claude-opus-4-thinking-16k": "claude-opus-4-20250514-thinking-16k",
  // 2023 keys LMArena renamed when it dated its model names (the old key's last rating and the
  // new key's first follow on without overlap: e.g. claude-2 1096 on 2023-11-16, claude-2.0
  // 1086 on 2023-12-06). "gpt-4" was the March snapshot: the only GPT-4 in May 2023, and the
  // 0314 row continues it when 0613 was added beside it.
  "claude-v1": "claude-1",
  "claude-instant-v1": "claude-instant-1",
  "claude-2": "claude-2.0",
  "gpt-4": "gpt-4-0314",
  "gpt-4-turbo": "gpt-4-1106-preview",
  "dbrx-instruct": "dbrx-instruct-preview",
};

/** A name that meant one model before `before` and another from then on. */
export interface TimeSplit {
  name: string;
  before: string;
  model: string;
  displayName: string;
  reason: string;
}

export const TIME_SPLITS: readonly TimeSplit[] = [
  {
    name: "vicuna-13b",
    before: "2023-08-01",
    model: "vicuna-13b-llama1",
    displayName: "Vicuna-13B (v1.1–v1.3, LLaMA 1)",
    reason:
      "LMArena kept the key vicuna-13b when Vicuna moved to Llama 2 (v1.5): its own tables label it Non-commercial on 2023-06-19 and Llama 2 Community from 2023-08-02",
  },
];

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

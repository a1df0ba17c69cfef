import type { LicenceReview } from "./types";

// OpenAI GPT-5 family: API-only models and their effort or harness settings.
export const OPENAI_GPT_5_REVIEW: readonly LicenceReview[] = [
  {
    slug: "gpt-5-chat",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5-family API model (effort variants share its closed weights); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5-family API model (effort variants share its closed weights); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5.1",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5-family API model (effort variants share its closed weights); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gpt-5.1-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5-family API model (effort variants share its closed weights); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5.2-chat-latest-20260210",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5-family API model (effort variants share its closed weights); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5.4",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5-family API model (effort variants share its closed weights); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gpt-5.4-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5-family API model (effort variants share its closed weights); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5.5",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5-family API model (effort variants share its closed weights); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gpt-5.5-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5-family API model (effort variants share its closed weights); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5.5-high-codex-harness",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5.5/5.6 API setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5.5-instant",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5-family API model (effort variants share its closed weights); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gpt-5.5-xhigh-codex-harness",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5.5/5.6 API setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5.6-luna-xhigh-codex-harness",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5.5/5.6 API setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5.6-sol-xhigh",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5.5/5.6 API setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5.6-sol-xhigh-codex-harness",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5.5/5.6 API setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-5.6-terra-xhigh-codex-harness",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI GPT-5.5/5.6 API setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
];

import type { LicenceReview } from "./types";

// Anthropic: every Claude model is API-only.
export const ANTHROPIC_REVIEW: readonly LicenceReview[] = [
  {
    slug: "claude-1",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena says Proprietary",
  },
  {
    slug: "claude-2.0",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena says Proprietary",
  },
  {
    slug: "claude-2.1",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena says Proprietary",
  },
  {
    slug: "claude-3-5-sonnet-20241022",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-3-7-sonnet-20250219",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena, arena.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-3-7-sonnet-20250219-thinking-32k",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Extended-thinking setting of an API-only Claude model; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-3-opus-20240229",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary",
  },
  {
    slug: "claude-fable-5",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-instant-1",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena says Proprietary",
  },
  {
    slug: "claude-opus-4-1-20250805",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-opus-4-1-20250805-thinking-16k",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Extended-thinking setting of an API-only Claude model; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-4-20250514",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-opus-4-20250514-thinking-16k",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Extended-thinking setting of an API-only Claude model; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-4-5-20251101",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-opus-4-5-20251101-high-32k",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-4-5-20251101-thinking-32k",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-4-6",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-opus-4-6-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-4-6-thinking",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-4-7",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-opus-4-7-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-4-7-thinking",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-4-8",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-opus-4-8-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-4-8-thinking",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-4-thinking-16k",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "Extended-thinking setting of an API-only Claude model; LMArena says Proprietary",
  },
  {
    slug: "claude-opus-5-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-opus-5-max",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-sonnet-4-5-20250929",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-sonnet-4-5-20250929-thinking-32k",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Extended-thinking setting of an API-only Claude model; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-sonnet-4-6",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "claude-sonnet-5-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Claude model or effort setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "claude-v1",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Anthropic serves Claude by API only, weights never published; LMArena says Proprietary",
  },
];

import type { LicenceReview } from "./types";

// xAI, Amazon and Perplexity: API-only models.
export const XAI_AMAZON_PERPLEXITY_REVIEW: readonly LicenceReview[] = [
  {
    slug: "amazon-nova-experimental-chat-26-02-10",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental Amazon Nova chat checkpoint, no weights published; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "early-grok-3",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "grok-2-2024-08-13",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Served by xAI's API; LMArena, arena.ai and openlm.ai say Proprietary (xAI's later Grok 2.5 weight release is not tied to this version by any source)",
  },
  {
    slug: "grok-3-preview-02-24",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "grok-4-0709",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "grok-4-1-fast-reasoning",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "grok-4-fast-chat",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "grok-4.1",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "grok-4.1-thinking",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "grok-4.20-beta-0309-reasoning",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "grok-4.20-beta1",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "grok-4.20-multi-agent-beta-0309",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "grok-4.5",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "grok-4.6-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "xAI Grok 3/4 model (or its codename) served by API and app only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "pplx-70b-online",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Perplexity's online models were served only by its API (no weights of the tuned models); LMArena says Proprietary",
  },
  {
    slug: "pplx-7b-online",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Perplexity's online models were served only by its API (no weights of the tuned models); LMArena says Proprietary",
  },
];

import type { LicenceReview } from "./types";

// Google: Gemini and PaLM (API-only), Gemma (open weights under the Gemma Terms of Use).
export const GOOGLE_REVIEW: readonly LicenceReview[] = [
  {
    slug: "gemini-1.5-flash-002",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Google Gemini is served by API and app only, no weights; LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-1.5-pro-001",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Google Gemini is served by API and app only, no weights; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gemini-1.5-pro-002",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Google Gemini is served by API and app only, no weights; LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-1.5-pro-api-0409-preview",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-1.5-pro-exp-0801",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena says Proprietary",
  },
  {
    slug: "gemini-1.5-pro-exp-0827",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-2.0-flash-001",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Google Gemini is served by API and app only, no weights; LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-2.0-flash-exp",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena says Proprietary",
  },
  {
    slug: "gemini-2.0-flash-lite-preview-02-05",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena, arena.ai and openlm.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gemini-2.0-flash-thinking-exp-01-21",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-2.0-flash-thinking-exp-1219",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena says Proprietary",
  },
  {
    slug: "gemini-2.0-pro-exp-02-05",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-2.5-flash",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Google Gemini is served by API and app only, no weights; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gemini-2.5-flash-preview-04-17",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-2.5-pro",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Google Gemini is served by API and app only, no weights; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gemini-2.5-pro-exp-03-25",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-2.5-pro-preview-05-06",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena says Proprietary",
  },
  {
    slug: "gemini-2.5-pro-preview-06-05",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-3-flash",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Gemini 3-family API model or thinking setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gemini-3-flash-thinking-minimal",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Gemini 3-family API model or thinking setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gemini-3-pro",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Gemini 3-family API model or thinking setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gemini-3.1-pro-preview",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Gemini 3-family API model or thinking setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gemini-3.5-flash",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Gemini 3-family API model or thinking setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gemini-3.5-flash-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Gemini 3-family API model or thinking setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gemini-3.5-flash-medium",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Gemini 3-family API model or thinking setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gemini-3.6-flash-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Gemini 3-family API model or thinking setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gemini-3.7-flash-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Gemini 3-family API model or thinking setting (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gemini-exp-1114",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "gemini-exp-1121",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena says Proprietary",
  },
  {
    slug: "gemini-exp-1206",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Experimental or preview Gemini checkpoint served by API/AI Studio only; LMArena says Proprietary",
  },
  {
    slug: "gemini-pro",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Google Gemini is served by API and app only, no weights; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gemma-2-27b-it",
    licenceClass: "open-restricted",
    licence: "Gemma Terms of Use",
    reason:
      "Weights on Hugging Face under the Gemma Terms of Use (use restrictions); LMArena says Gemma, llm-stats gemma with a weights link",
  },
  {
    slug: "gemma-3-27b-it",
    licenceClass: "open-restricted",
    licence: "Gemma Terms of Use",
    reason:
      "Weights on Hugging Face under the Gemma Terms of Use (use restrictions); LMArena says Gemma, llm-stats gemma with a weights link",
  },
  {
    slug: "late-june-chatbot",
    licenceClass: "unknown",
    licence: "Unknown",
    reason:
      "Codename of a pre-release Gemma 2 test checkpoint: lmsys-elo-history says Proprietary, the HF tables Gemma license, and nothing says this exact checkpoint shipped",
  },
  {
    slug: "palm-2",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "PaLM 2 chat-bison, Google API only; LMArena and arena.ai say Proprietary",
  },
];

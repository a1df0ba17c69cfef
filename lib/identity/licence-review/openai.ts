import type { LicenceReview } from "./types";

// OpenAI before GPT-5: API-only models, and the gpt-oss open weights.
export const OPENAI_REVIEW: readonly LicenceReview[] = [
  {
    slug: "chatgpt-4o-latest",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "ChatGPT-4o-latest (2024-08-08): OpenAI API and ChatGPT only, weights never published; LMArena says Proprietary",
  },
  {
    slug: "chatgpt-4o-latest-2024-08-08",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "ChatGPT-4o-latest (2024-08-08): OpenAI API and ChatGPT only, weights never published; LMArena says Proprietary",
  },
  {
    slug: "chatgpt-4o-latest-20240808",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "ChatGPT-4o-latest (2024-08-08): OpenAI API and ChatGPT only, weights never published; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "chatgpt-4o-latest-20240903",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Dated ChatGPT-4o-latest snapshot, OpenAI API and ChatGPT only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "chatgpt-4o-latest-20241120",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Dated ChatGPT-4o-latest snapshot, OpenAI API and ChatGPT only; LMArena says Proprietary, models.dev open_weights=false",
  },
  {
    slug: "chatgpt-4o-latest-20250129",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Dated ChatGPT-4o-latest snapshot, OpenAI API and ChatGPT only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "chatgpt-4o-latest-20250326",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Dated ChatGPT-4o-latest snapshot, OpenAI API and ChatGPT only; LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "gpt-3.5-turbo-0314",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "OpenAI API model, weights never published; LMArena says Proprietary",
  },
  {
    slug: "gpt-3.5-turbo-0613",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "OpenAI API model, weights never published; LMArena says Proprietary",
  },
  {
    slug: "gpt-3.5-turbo-1106",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "OpenAI API model, weights never published; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-4",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI API model, weights never published; LMArena says Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gpt-4-0125-preview",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI API model, weights never published; LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "gpt-4-0314",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI API model, weights never published; LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "gpt-4-0613",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI API model, weights never published; LMArena, arena.ai and llm-stats (no weights link) say Proprietary",
  },
  {
    slug: "gpt-4-1106-preview",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "OpenAI API model, weights never published; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "gpt-4-turbo",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI API model, weights never published; LMArena says Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gpt-4-turbo-2024-04-09",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI API model, weights never published; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary",
  },
  {
    slug: "gpt-4.1-2025-04-14",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI API model, weights never published; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gpt-4.5-preview-2025-02-27",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI API model, weights never published; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary",
  },
  {
    slug: "gpt-4o-2024-05-13",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI API model, weights never published; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gpt-4o-mini-2024-07-18",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI API model, weights never published; LMArena, arena.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "gpt-oss-120b",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "OpenAI published the gpt-oss weights under Apache 2.0 (model card); LMArena and models.dev agree",
  },
  {
    slug: "gpt-oss-20b",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "OpenAI published the gpt-oss weights under Apache 2.0 (model card); LMArena and models.dev agree",
  },
  {
    slug: "o1-2024-12-17",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI o-series reasoning model, API and ChatGPT only; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "o1-mini",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI o-series reasoning model, API and ChatGPT only; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary",
  },
  {
    slug: "o1-preview",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI o-series reasoning model, API and ChatGPT only; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary",
  },
  {
    slug: "o3-2025-04-16",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI o-series reasoning model, API and ChatGPT only; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "o3-mini",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI o-series reasoning model, API and ChatGPT only; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "o3-mini-high",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI o-series reasoning model, API and ChatGPT only; LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "o4-mini-2025-04-16",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "OpenAI o-series reasoning model, API and ChatGPT only; LMArena, arena.ai, openlm.ai and llm-stats (no weights link) say Proprietary, models.dev open_weights=false",
  },
];

import type { LicenceReview } from "./types";

// Mistral (Apache-2.0, research-only and API-only models) and Cohere (CC-BY-NC weights).
export const MISTRAL_COHERE_REVIEW: readonly LicenceReview[] = [
  {
    slug: "command-a-03-2025",
    licenceClass: "non-commercial",
    licence: "CC-BY-NC-4.0",
    reason:
      "C4AI Command A weights are CC-BY-NC-4.0 (model card); LMArena agrees, models.dev open_weights=true",
  },
  {
    slug: "command-r",
    licenceClass: "non-commercial",
    licence: "CC-BY-NC-4.0",
    reason:
      "C4AI Command R weights are CC-BY-NC-4.0 (model card); every LMArena label agrees, one HF-table row saying Apache-2.0 is wrong",
  },
  {
    slug: "command-r-plus",
    licenceClass: "non-commercial",
    licence: "CC-BY-NC-4.0",
    reason: "C4AI Command R+ weights are CC-BY-NC-4.0 (model card); LMArena and llm-stats agree",
  },
  {
    slug: "mistral-7b-instruct",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason: "Mistral released these weights under Apache 2.0; every LMArena label agrees",
  },
  {
    slug: "mistral-large-2407",
    licenceClass: "non-commercial",
    licence: "Mistral Research License",
    reason:
      "Weights under the Mistral Research License (non-commercial): LMArena and llm-stats (with a weights link) agree; two rows (daily CSV, HF tables) say Proprietary",
  },
  {
    slug: "mistral-large-3",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "After the reviewer's knowledge: LMArena labels it Apache 2.0 and models.dev marks mistral-large-2512 open_weights=true",
  },
  {
    slug: "mistral-medium-2505",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Mistral Medium 3 (2505) is API-only; LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "mistral-medium-2508",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "Mistral Medium 3/3.1 is API-only; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "mistral-medium-3",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "Mistral Medium 3/3.1 is API-only; LMArena and openlm.ai say Proprietary",
  },
  {
    slug: "mistral-medium-3.5",
    licenceClass: "open-restricted",
    licence: "Modified MIT",
    reason:
      "After the reviewer's knowledge: LMArena says Modified MIT and models.dev links Mistral-Medium-3.5-128B weights; not API-only like Medium 3",
  },
  {
    slug: "mixtral-8x22b-instruct-v0.1",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason: "Mistral released these weights under Apache 2.0; every LMArena label agrees",
  },
  {
    slug: "mixtral-8x7b-instruct-v0.1",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason: "Mistral released these weights under Apache 2.0; every LMArena label agrees",
  },
];

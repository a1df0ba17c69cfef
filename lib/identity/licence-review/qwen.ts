import type { LicenceReview } from "./types";

// Qwen: Tongyi Qianwen/Qwen licences, Apache-2.0 weights, and API-only Max/Plus models
// that LMArena sometimes labels with the family licence.
export const QWEN_REVIEW: readonly LicenceReview[] = [
  {
    slug: "qwen-chat-14b",
    licenceClass: "open-restricted",
    licence: "Tongyi Qianwen License",
    reason:
      "Weights under the Tongyi Qianwen License (100M-MAU clause); LMArena says Qianwen LICENSE, llm-stats tongyi-qianwen for Qwen2-72B",
  },
  {
    slug: "qwen-max-0919",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen-Max on Alibaba Cloud, no weights; LMArena's 'Qwen' names the family, openlm.ai says Proprietary",
  },
  {
    slug: "qwen-plus-0125",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen Max/Plus model on Alibaba Cloud, no weights; LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "qwen1.5-110b-chat",
    licenceClass: "open-restricted",
    licence: "Tongyi Qianwen License",
    reason:
      "Weights under the Tongyi Qianwen License (100M-MAU clause); LMArena says Qianwen LICENSE, llm-stats tongyi-qianwen for Qwen2-72B",
  },
  {
    slug: "qwen1.5-72b-chat",
    licenceClass: "open-restricted",
    licence: "Tongyi Qianwen License",
    reason:
      "Weights under the Tongyi Qianwen License (100M-MAU clause); LMArena says Qianwen LICENSE, llm-stats tongyi-qianwen for Qwen2-72B",
  },
  {
    slug: "qwen2-72b-instruct",
    licenceClass: "open-restricted",
    licence: "Tongyi Qianwen License",
    reason:
      "Weights under the Tongyi Qianwen License (100M-MAU clause); LMArena says Qianwen LICENSE, llm-stats tongyi-qianwen for Qwen2-72B",
  },
  {
    slug: "qwen2.5-72b-instruct",
    licenceClass: "open-restricted",
    licence: "Qwen License",
    reason:
      "The 72B Qwen2.5 weights use the Qwen License (100M-MAU clause), unlike the Apache-2.0 smaller sizes; LMArena says Qwen, llm-stats qwen",
  },
  {
    slug: "qwen2.5-coder-32b-instruct",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Qwen published these weights under Apache 2.0 (model card); LMArena and llm-stats agree",
  },
  {
    slug: "qwen2.5-max",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen Max/Plus model on Alibaba Cloud, no weights; LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "qwen2.5-plus-1127",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen Max/Plus model on Alibaba Cloud, no weights; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "qwen3-235b-a22b",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Qwen published these weights under Apache 2.0 (model card); LMArena and llm-stats agree",
  },
  {
    slug: "qwen3-235b-a22b-instruct-2507",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason: "Qwen3 2507 weights are Apache 2.0 like Qwen3 (model card); every LMArena label agrees",
  },
  {
    slug: "qwen3-235b-a22b-no-thinking",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Qwen published these weights under Apache 2.0 (model card); LMArena and llm-stats agree",
  },
  {
    slug: "qwen3-235b-a22b-thinking-2507",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason: "Qwen3 2507 weights are Apache 2.0 like Qwen3 (model card); every LMArena label agrees",
  },
  {
    slug: "qwen3-30b-a3b-instruct-2507",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason: "Qwen3 2507 weights are Apache 2.0 like Qwen3 (model card); every LMArena label agrees",
  },
  {
    slug: "qwen3-coder-480b-a35b-instruct",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason: "Qwen3 2507 weights are Apache 2.0 like Qwen3 (model card); every LMArena label agrees",
  },
  {
    slug: "qwen3-max-2025-09-23",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen Max/Plus model on Alibaba Cloud, no weights; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "qwen3-max-preview",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Qwen3-Max is API-only on Alibaba Cloud; lmarena-dataset, arena.ai and models.dev say Proprietary, the catalog's Apache 2.0 is wrong",
  },
  {
    slug: "qwen3-next-80b-a3b-instruct",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "After the reviewer's knowledge: LMArena labels it Apache 2.0 and models.dev (where listed) open_weights=true",
  },
  {
    slug: "qwen3-vl-235b-a22b-instruct",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "After the reviewer's knowledge: LMArena labels it Apache 2.0 and models.dev (where listed) open_weights=true",
  },
  {
    slug: "qwen3.5-397b-a17b",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "After the reviewer's knowledge: LMArena labels it Apache 2.0 and models.dev (where listed) open_weights=true",
  },
  {
    slug: "qwen3.5-max-preview",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen Max/Plus model on Alibaba Cloud, no weights; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "qwen3.6-max-preview",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen Max/Plus model on Alibaba Cloud, no weights; LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "qwen3.7-max-20260517",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen Max/Plus model on Alibaba Cloud, no weights; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "qwen3.7-max-preview",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen Max/Plus model on Alibaba Cloud, no weights; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "qwen3.7-plus",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen Max/Plus model on Alibaba Cloud, no weights; LMArena and arena.ai say Proprietary, models.dev open_weights=false",
  },
  {
    slug: "qwen3.8-27b",
    licenceClass: "open-restricted",
    licence: "Open weights (licence not stated)",
    reason:
      "arena.ai marks it open and links Qwen/Qwen3.8-27B on Hugging Face, but no source names the licence; kept in the weakest open class",
  },
  {
    slug: "qwen3.8-max",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "API-only Qwen Max/Plus model on Alibaba Cloud, no weights; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "qwq-32b",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Qwen published these weights under Apache 2.0 (model card); LMArena and llm-stats agree",
  },
];

import type { LicenceReview } from "./types";

// Community and research fine-tunes, whose licence follows both the card and the base model.
export const COMMUNITY_REVIEW: readonly LicenceReview[] = [
  {
    slug: "athene-70b",
    licenceClass: "non-commercial",
    licence: "Nexusflow Research License",
    reason:
      "Card names the Nexusflow Research License, which replaced its first CC-BY-NC-4.0 tag; every LMArena label says CC-BY-NC-4.0",
  },
  {
    slug: "athene-70b-0725",
    licenceClass: "non-commercial",
    licence: "Nexusflow Research License",
    reason:
      "Card names the Nexusflow Research License, which replaced its first CC-BY-NC-4.0 tag; every LMArena label says CC-BY-NC-4.0",
  },
  {
    slug: "athene-v2-chat",
    licenceClass: "non-commercial",
    licence: "Nexusflow Research License",
    reason:
      "Card names the Nexusflow Research License, as Athene-70B (LMArena: CC-BY-NC-4.0); its terms are not in the evidence, so non-commercial is inferred",
  },
  {
    slug: "dolphin-2.2.1-mistral-7b",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Mistral-7B fine-tune released under Apache-2.0 (model card); every LMArena label agrees",
  },
  {
    slug: "falcon-180b-chat",
    licenceClass: "open-restricted",
    licence: "Falcon-180B TII License",
    reason:
      "Weights under the Falcon-180B TII License (acceptable-use policy, hosting-use limits); every LMArena label agrees",
  },
  {
    slug: "fastchat-t5-3b",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Flan-T5 fine-tune released by LMSYS under Apache-2.0 (model card); every LMArena label agrees",
  },
  {
    slug: "gemma-2-9b-it-simpo",
    licenceClass: "open-restricted",
    licence: "Gemma Terms of Use",
    reason:
      "Card tags MIT, but it is a Gemma 2 9B fine-tune and the Gemma Terms of Use bind derivatives; LMArena says MIT",
  },
  {
    slug: "guanaco-33b",
    licenceClass: "non-commercial",
    licence: "Non-commercial (LLaMA 1)",
    reason:
      "A LLaMA 1 fine-tune, bound by LLaMA 1's non-commercial research licence; every LMArena label says Non-commercial, arena.ai only 'open'",
  },
  {
    slug: "koala-13b",
    licenceClass: "non-commercial",
    licence: "Non-commercial (LLaMA 1)",
    reason:
      "A LLaMA 1 fine-tune, bound by LLaMA 1's non-commercial research licence; every LMArena label says Non-commercial, arena.ai only 'open'",
  },
  {
    slug: "llama-3.1-nemotron-70b-instruct",
    licenceClass: "open-restricted",
    licence: "Llama 3.1 Community",
    reason:
      "NVIDIA fine-tune of Llama 3.1 70B under the Llama 3.1 Community License; LMArena and llm-stats (with a weights link) agree",
  },
  {
    slug: "llama-3.3-nemotron-49b-super-v1",
    licenceClass: "open-restricted",
    licence: "NVIDIA Open Model License",
    reason:
      "Weights under the NVIDIA Open Model License plus Llama terms; LMArena says Nvidia, llm-stats Llama 3.1 Community with a weights link",
  },
  {
    slug: "mpt-30b-chat",
    licenceClass: "non-commercial",
    licence: "CC-BY-NC-SA-4.0",
    reason: "Chat weights released under CC-BY-NC-SA-4.0 (model card); every LMArena label agrees",
  },
  {
    slug: "mpt-7b-chat",
    licenceClass: "non-commercial",
    licence: "CC-BY-NC-SA-4.0",
    reason: "Chat weights released under CC-BY-NC-SA-4.0 (model card); every LMArena label agrees",
  },
  {
    slug: "nemotron-4-340b-instruct",
    licenceClass: "open-restricted",
    licence: "NVIDIA Open Model License",
    reason:
      "Weights under the NVIDIA Open Model License (custom terms); every LMArena label agrees",
  },
  {
    slug: "openchat-3.5",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Mistral-7B fine-tune released under Apache-2.0 (model card); every LMArena label agrees",
  },
  {
    slug: "openchat-3.5-0106",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Mistral-7B fine-tune released under Apache-2.0 (model card); every LMArena label agrees",
  },
  {
    slug: "openhermes-2.5-mistral-7b",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Mistral-7B fine-tune released under Apache-2.0 (model card); every LMArena label agrees",
  },
  {
    slug: "rwkv-4-raven-14b",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason: "RWKV-4 Raven weights are Apache-2.0 (model card); every LMArena label agrees",
  },
  {
    slug: "solar-10.7b-instruct-v1.0",
    licenceClass: "non-commercial",
    licence: "CC-BY-NC-4.0",
    reason:
      "The instruct weights are CC-BY-NC-4.0 (the base model is Apache-2.0); every LMArena label agrees",
  },
  {
    slug: "stablelm-tuned-alpha-7b",
    licenceClass: "non-commercial",
    licence: "CC-BY-NC-SA-4.0",
    reason: "Chat weights released under CC-BY-NC-SA-4.0 (model card); every LMArena label agrees",
  },
  {
    slug: "starling-lm-7b-alpha",
    licenceClass: "non-commercial",
    licence: "CC-BY-NC-4.0",
    reason:
      "Card declares a non-commercial licence (LLaMA/OpenAI data terms); every LMArena label says CC-BY-NC-4.0",
  },
  {
    slug: "starling-lm-7b-beta",
    licenceClass: "open-restricted",
    licence: "Apache-2.0 with a no-competition condition",
    reason:
      "Card: Apache-2.0 'under the condition that the model is not used to compete with OpenAI', a use restriction; LMArena says Apache-2.0",
  },
  {
    slug: "trinity-large",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "arena.ai's early name for Arcee's Trinity-Large-Preview (same rating), whose card and LMArena label say Apache 2.0; this slug has no label",
  },
  {
    slug: "tulu-2-dpo-70b",
    licenceClass: "open-restricted",
    licence: "AI2 ImpACT Low-risk",
    reason:
      "Llama 2 fine-tune released under the AI2 ImpACT Low-risk License plus Llama 2 terms; every LMArena label agrees",
  },
  {
    slug: "vicuna-13b",
    licenceClass: "open-restricted",
    licence: "Llama 2 Community",
    reason:
      "The arena name moved to Vicuna v1.5 (Llama 2 base, Llama 2 Community License); LMArena agrees, an older HF-table row says Non-commercial (v1.1-v1.3)",
  },
  {
    slug: "vicuna-13b-llama1",
    licenceClass: "non-commercial",
    licence: "Non-commercial (LLaMA 1)",
    reason:
      "Vicuna-13B v1.1-v1.3, a LLaMA 1 fine-tune bound by LLaMA 1's non-commercial licence; LMArena's 2023 tables say Non-commercial",
  },
  {
    slug: "vicuna-33b",
    licenceClass: "non-commercial",
    licence: "Non-commercial (LLaMA 1)",
    reason:
      "A LLaMA 1 fine-tune, bound by LLaMA 1's non-commercial research licence; every LMArena label says Non-commercial, arena.ai only 'open'",
  },
  {
    slug: "vicuna-7b",
    licenceClass: "open-restricted",
    licence: "Llama 2 Community",
    reason:
      "The arena name moved to Vicuna v1.5 (Llama 2 base, Llama 2 Community License); LMArena agrees, an older HF-table row says Non-commercial (v1.1-v1.3)",
  },
  {
    slug: "wizardlm-13b",
    licenceClass: "open-restricted",
    licence: "Llama 2 Community",
    reason:
      "WizardLM-13B-V1.2 is a Llama 2 fine-tune under the Llama 2 Community License; LMArena agrees, an older HF-table row says Non-commercial",
  },
  {
    slug: "wizardlm-70b",
    licenceClass: "open-restricted",
    licence: "Llama 2 Community",
    reason:
      "WizardLM-70B-V1.0 is a Llama 2 fine-tune under the Llama 2 Community License; every LMArena label agrees",
  },
  {
    slug: "zephyr-7b-alpha",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "Hugging Face released the Zephyr weights under MIT (Mistral-7B base, Apache-2.0); every LMArena label agrees",
  },
  {
    slug: "zephyr-7b-beta",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "Hugging Face released the Zephyr weights under MIT (Mistral-7B base, Apache-2.0); every LMArena label agrees",
  },
  {
    slug: "zephyr-orpo-141b-a35b-v0.1",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Mixtral-8x22B fine-tune released under Apache-2.0 (model card); every LMArena label agrees",
  },
];

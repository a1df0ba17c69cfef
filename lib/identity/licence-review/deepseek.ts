import type { LicenceReview } from "./types";

// DeepSeek: the DeepSeek Model License up to V3, MIT from V3-0324 and R1 on.
export const DEEPSEEK_REVIEW: readonly LicenceReview[] = [
  {
    slug: "deepseek-r1",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "DeepSeek released R1 weights under MIT (model card); LMArena MIT, llm-stats MIT with a weights link",
  },
  {
    slug: "deepseek-r1-0528",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "DeepSeek released R1-0528 weights under MIT (model card); every LMArena label says MIT",
  },
  {
    slug: "deepseek-v2-api-0628",
    licenceClass: "open-restricted",
    licence: "DeepSeek Model License",
    reason:
      "Arena served the API, but the 0628 checkpoint was published as DeepSeek-V2-Chat-0628 under the DeepSeek Model License; LMArena says DeepSeek, three rows Proprietary",
  },
  {
    slug: "deepseek-v2.5-1210",
    licenceClass: "open-restricted",
    licence: "DeepSeek Model License",
    reason:
      "Weights on Hugging Face under the DeepSeek Model License (use restrictions); LMArena says DeepSeek, llm-stats deepseek for V2.5",
  },
  {
    slug: "deepseek-v3",
    licenceClass: "open-restricted",
    licence: "DeepSeek Model License",
    reason:
      "The original V3 weights ship under the DeepSeek Model License (code MIT); llm-stats says MIT + Model License, LMArena DeepSeek; only V3-0324 on is MIT",
  },
  {
    slug: "deepseek-v3-0324",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "DeepSeek moved V3-0324 weights to MIT (model card); every LMArena label says MIT (llm-stats copies V3's MIT + Model License)",
  },
  {
    slug: "deepseek-v3.1",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "DeepSeek V3.1 weights are MIT like V3-0324 (thinking is a mode of the same weights); LMArena says MIT",
  },
  {
    slug: "deepseek-v3.1-terminus",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "DeepSeek V3.1 weights are MIT like V3-0324 (thinking is a mode of the same weights); LMArena says MIT",
  },
  {
    slug: "deepseek-v3.1-terminus-thinking",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "DeepSeek V3.1 weights are MIT like V3-0324 (thinking is a mode of the same weights); LMArena says MIT",
  },
  {
    slug: "deepseek-v3.1-thinking",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "DeepSeek V3.1 weights are MIT like V3-0324 (thinking is a mode of the same weights); LMArena says MIT",
  },
  {
    slug: "deepseek-v3.2",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: lmarena-dataset says MIT, the older lmarena-catalog Apache 2.0; both OSI, MIT kept as DeepSeek's usual licence",
  },
  {
    slug: "deepseek-v3.2-exp",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels DeepSeek V3.2 MIT, in line with every DeepSeek release since V3-0324",
  },
  {
    slug: "deepseek-v3.2-exp-thinking",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels DeepSeek V3.2 MIT, in line with every DeepSeek release since V3-0324",
  },
  {
    slug: "deepseek-v3.2-thinking",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels DeepSeek V3.2 MIT, in line with every DeepSeek release since V3-0324",
  },
  {
    slug: "deepseek-v4-flash-high",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels DeepSeek V4 MIT and models.dev marks deepseek-v4-pro/flash open_weights=true",
  },
  {
    slug: "deepseek-v4-pro",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels DeepSeek V4 MIT and models.dev marks deepseek-v4-pro/flash open_weights=true",
  },
  {
    slug: "deepseek-v4-pro-high-20260813",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: a DeepSeek V4 Pro setting or update that LMArena labels MIT (models.dev: V4 Pro open_weights=true)",
  },
  {
    slug: "deepseek-v4-pro-thinking",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: a DeepSeek V4 Pro setting or update that LMArena labels MIT (models.dev: V4 Pro open_weights=true)",
  },
];

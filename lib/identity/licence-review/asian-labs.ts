import type { LicenceReview } from "./types";

// Zhipu/Z.ai, Moonshot, MiniMax, Tencent, Baidu, ByteDance, StepFun, 01.AI, Xiaomi, Meituan.
export const ASIAN_LABS_REVIEW: readonly LicenceReview[] = [
  {
    slug: "chatglm-6b",
    licenceClass: "open-restricted",
    licence: "ChatGLM-6B License",
    reason:
      "The README opens the weights to research and, after registration, to free commercial use (ChatGLM-6B License); LMArena's Non-commercial is the first terms",
  },
  {
    slug: "chatglm2-6b",
    licenceClass: "open-restricted",
    licence: "ChatGLM2-6B License",
    reason:
      "Only the code is Apache-2.0: the weights use the ChatGLM2-6B License (registration for commercial use, use bans); LMArena's Apache-2.0 names the code",
  },
  {
    slug: "chatglm3-6b",
    licenceClass: "open-restricted",
    licence: "ChatGLM3-6B License",
    reason:
      "Only the code is Apache-2.0: the weights use the ChatGLM3-6B License (registration for commercial use, use bans); LMArena's Apache-2.0 names the code",
  },
  {
    slug: "dola-seed-2.0-pro",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "ByteDance Seed API model (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "ernie-5.0-0110",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Baidu ERNIE 5 API model (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "ernie-5.0-preview-1103",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "Baidu ERNIE 5 API model (after the reviewer's knowledge); LMArena says Proprietary",
  },
  {
    slug: "ernie-5.1",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Baidu ERNIE 5 API model (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "glm-4-plus",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Zhipu's GLM-4-Plus is API-only (BigModel platform); LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "glm-4-plus-0111",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Zhipu's GLM-4-Plus is API-only (BigModel platform); LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "glm-4.5",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "Z.ai released GLM-4.5 weights under MIT (model card); LMArena MIT, models.dev open_weights=true",
  },
  {
    slug: "glm-4.5-air",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "Z.ai released GLM-4.5 weights under MIT (model card); LMArena MIT, models.dev open_weights=true",
  },
  {
    slug: "glm-4.6",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels it MIT and models.dev marks it open_weights=true",
  },
  {
    slug: "glm-5",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels it MIT and models.dev marks it open_weights=true",
  },
  {
    slug: "glm-5.1",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels it MIT and models.dev marks it open_weights=true",
  },
  {
    slug: "glm-5.2-max",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels it MIT; 'max' is a reasoning-effort setting and models.dev marks glm-5.2 open_weights=true",
  },
  {
    slug: "glm-5.3-max",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels it MIT; 'max' is a reasoning-effort setting and models.dev marks glm-5.2 open_weights=true",
  },
  {
    slug: "hunyuan-large-2025-02-10",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Dated Tencent Hunyuan API version (not the open Hunyuan-Large release); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "hunyuan-turbo-0110",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Dated Tencent Hunyuan API version (not the open Hunyuan-Large release); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "hunyuan-turbos-20250226",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Dated Tencent Hunyuan API version (not the open Hunyuan-Large release); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "hunyuan-turbos-20250416",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Dated Tencent Hunyuan API version (not the open Hunyuan-Large release); LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "hy3",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "After the reviewer's knowledge: LMArena labels Hy3 Apache 2.0 and models.dev marks its preview (hy3-preview) open_weights=true",
  },
  {
    slug: "kimi-k2-0711-preview",
    licenceClass: "open-restricted",
    licence: "Modified MIT",
    reason:
      "Kimi K2 weights are under a Modified MIT License (attribution for very large deployments); LMArena says Modified MIT",
  },
  {
    slug: "kimi-k2-0905-preview",
    licenceClass: "open-restricted",
    licence: "Modified MIT",
    reason:
      "Kimi K2 weights are under a Modified MIT License (attribution for very large deployments); LMArena says Modified MIT",
  },
  {
    slug: "kimi-k2-thinking-turbo",
    licenceClass: "open-restricted",
    licence: "Modified MIT",
    reason:
      "After the reviewer's knowledge: LMArena says Modified MIT and models.dev (where listed) open_weights=true",
  },
  {
    slug: "kimi-k2.5",
    licenceClass: "open-restricted",
    licence: "Modified MIT",
    reason:
      "Only models.dev lists it (open_weights=true); Modified MIT assumed from its thinking variant's LMArena label",
  },
  {
    slug: "kimi-k2.5-thinking",
    licenceClass: "open-restricted",
    licence: "Modified MIT",
    reason:
      "After the reviewer's knowledge: LMArena says Modified MIT and models.dev (where listed) open_weights=true",
  },
  {
    slug: "kimi-k2.6",
    licenceClass: "open-restricted",
    licence: "Modified MIT",
    reason:
      "After the reviewer's knowledge: LMArena says Modified MIT and models.dev (where listed) open_weights=true",
  },
  {
    slug: "kimi-k2.7-code",
    licenceClass: "open-restricted",
    licence: "Modified MIT",
    reason:
      "After the reviewer's knowledge: LMArena says Modified MIT and models.dev (where listed) open_weights=true",
  },
  {
    slug: "kimi-k3",
    licenceClass: "open-restricted",
    licence: "Kimi K3 License",
    reason:
      "One model (arena renamed kimi-k3 to kimi-k3-max on 2026-07-28, same link and rating): Proprietary before its weights came out, Kimi K3 license after",
  },
  {
    slug: "kimi-k3-max",
    licenceClass: "open-restricted",
    licence: "Kimi K3 License",
    reason:
      "One model (arena renamed kimi-k3 to kimi-k3-max on 2026-07-28, same link and rating): Proprietary before its weights came out, Kimi K3 license after",
  },
  {
    slug: "longcat-flash-chat",
    licenceClass: "open-osi",
    licence: "MIT",
    reason: "Meituan published LongCat-Flash-Chat weights under MIT (model card); LMArena agrees",
  },
  {
    slug: "mimo-v2.5-pro",
    licenceClass: "open-osi",
    licence: "MIT",
    reason:
      "After the reviewer's knowledge: LMArena labels it MIT and models.dev marks it open_weights=true",
  },
  {
    slug: "minimax-m1",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason: "MiniMax released M1 weights under Apache 2.0 (model card); every LMArena label agrees",
  },
  {
    slug: "minimax-m2.7",
    licenceClass: "open-restricted",
    licence: "Modified MIT",
    reason:
      "After the reviewer's knowledge: lmarena-dataset says Modified MIT and models.dev open_weights=true; arena.ai has said both proprietary and open",
  },
  {
    slug: "minimax-m3",
    licenceClass: "open-restricted",
    licence: "MiniMax Community License",
    reason:
      "After the reviewer's knowledge: LMArena moved from Proprietary (06-25) to MiniMax Community License (07-02) as weights shipped; models.dev open_weights=true",
  },
  {
    slug: "seed-2.1-pro-preview",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "ByteDance Seed API model (after the reviewer's knowledge); LMArena and arena.ai say Proprietary",
  },
  {
    slug: "step-2-16k-exp-202412",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "StepFun Step-2 is API-only; LMArena, arena.ai and openlm.ai say Proprietary",
  },
  {
    slug: "yi-1.5-34b-chat",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "Yi-1.5 weights were released under Apache 2.0 (model card); every LMArena label agrees",
  },
  {
    slug: "yi-34b-chat",
    licenceClass: "open-osi",
    licence: "Apache-2.0",
    reason:
      "01.AI later relicensed the Yi series weights from the Yi License to Apache 2.0 (Yi README); LMArena still shows the old Yi License",
  },
  {
    slug: "yi-lightning",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason: "01.AI's Yi-Lightning is API-only; LMArena, arena.ai and openlm.ai say Proprietary",
  },
];

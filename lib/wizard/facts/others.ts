import { gqa, hfCard } from "./card";
import type { ModelFact } from "./types";

const KIMI_K2 = {
  parametersB: 1000,
  activeParametersB: 32,
  licence: "modified-mit-kimi",
  attention: { kind: "mla", layers: 61, latentDim: 576 },
} as const;
const GLM_45 = { parametersB: 355, activeParametersB: 32, licence: "mit" } as const;

export const OTHER_FACTS: readonly ModelFact[] = [
  {
    slugs: ["gpt-oss-120b"],
    name: "gpt-oss-120b",
    parametersB: 117,
    activeParametersB: 5.1,
    contextWindow: 131072,
    licence: "apache-2.0",
    attention: gqa(36, 8, 64),
    // The experts ship in MXFP4 (about 4.25 bits): the checkpoint itself is the 4-bit model.
    nativeBits: 4,
    ...hfCard("openai/gpt-oss-120b"),
  },
  {
    slugs: ["gpt-oss-20b"],
    name: "gpt-oss-20b",
    parametersB: 21,
    activeParametersB: 3.6,
    contextWindow: 131072,
    licence: "apache-2.0",
    attention: gqa(24, 8, 64),
    nativeBits: 4,
    ...hfCard("openai/gpt-oss-20b"),
  },
  {
    slugs: ["glm-4.5"],
    name: "GLM-4.5",
    ...GLM_45,
    contextWindow: 131072,
    attention: gqa(92, 8, 128),
    ...hfCard("zai-org/GLM-4.5"),
  },
  {
    slugs: ["glm-4.6"],
    name: "GLM-4.6",
    ...GLM_45,
    contextWindow: 204800,
    attention: gqa(92, 8, 128),
    ...hfCard("zai-org/GLM-4.6"),
  },
  {
    slugs: ["glm-4.5-air"],
    name: "GLM-4.5-Air",
    parametersB: 106,
    activeParametersB: 12,
    contextWindow: 131072,
    licence: "mit",
    attention: gqa(46, 8, 128),
    ...hfCard("zai-org/GLM-4.5-Air"),
  },
  {
    slugs: ["kimi-k2-0711-preview"],
    name: "Kimi K2 Instruct",
    ...KIMI_K2,
    contextWindow: 131072,
    nativeBits: 8,
    ...hfCard("moonshotai/Kimi-K2-Instruct"),
  },
  {
    slugs: ["kimi-k2-0905-preview"],
    name: "Kimi K2 Instruct 0905",
    ...KIMI_K2,
    contextWindow: 262144,
    nativeBits: 8,
    ...hfCard("moonshotai/Kimi-K2-Instruct-0905"),
  },
  {
    slugs: ["kimi-k2-thinking", "kimi-k2-thinking-turbo"],
    name: "Kimi K2 Thinking",
    ...KIMI_K2,
    contextWindow: 262144,
    // Released with INT4 quantisation-aware training: the published weights are 4-bit.
    nativeBits: 4,
    ...hfCard("moonshotai/Kimi-K2-Thinking"),
  },
  {
    slugs: ["longcat-flash-chat"],
    name: "LongCat-Flash-Chat",
    parametersB: 560,
    // Dynamic computation: 18.6B to 31.3B per token, about 27B on average (model card).
    activeParametersB: 27,
    contextWindow: 131072,
    licence: "mit",
    ...hfCard("meituan-longcat/LongCat-Flash-Chat"),
  },
  {
    slugs: ["phi-4"],
    name: "Phi-4",
    parametersB: 14.7,
    contextWindow: 16384,
    licence: "mit",
    ...hfCard("microsoft/phi-4"),
  },
  {
    slugs: ["olmo-2-0325-32b-instruct"],
    name: "OLMo 2 32B Instruct",
    parametersB: 32,
    contextWindow: 4096,
    licence: "apache-2.0",
    ...hfCard("allenai/OLMo-2-0325-32B-Instruct"),
  },
  {
    slugs: ["command-a-03-2025"],
    name: "Command A (03-2025)",
    parametersB: 111,
    contextWindow: 256000,
    licence: "cc-by-nc-4.0",
    ...hfCard("CohereLabs/c4ai-command-a-03-2025", true),
  },
];

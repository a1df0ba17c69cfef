import { hfCard } from "./card";
import type { ModelFact } from "./types";

// Every DeepSeek-V3-architecture release: 671B total, 37B active, FP8 weights, MLA attention
// (61 layers × a 512 + 64 latent per token), 128K context.
const v3 = (slugs: string[], name: string, repo: string, licence: "mit" | "deepseek-model") =>
  ({
    slugs,
    name,
    parametersB: 671,
    activeParametersB: 37,
    contextWindow: 131072,
    licence,
    attention: { kind: "mla", layers: 61, latentDim: 576 },
    nativeBits: 8,
    ...hfCard(repo),
  }) satisfies ModelFact;

export const DEEPSEEK_FACTS: readonly ModelFact[] = [
  v3(["deepseek-v3"], "DeepSeek-V3", "deepseek-ai/DeepSeek-V3", "deepseek-model"),
  v3(["deepseek-v3-0324"], "DeepSeek-V3-0324", "deepseek-ai/DeepSeek-V3-0324", "mit"),
  v3(["deepseek-r1"], "DeepSeek-R1", "deepseek-ai/DeepSeek-R1", "mit"),
  v3(["deepseek-r1-0528"], "DeepSeek-R1-0528", "deepseek-ai/DeepSeek-R1-0528", "mit"),
  v3(
    ["deepseek-v3.1", "deepseek-v3.1-thinking"],
    "DeepSeek-V3.1",
    "deepseek-ai/DeepSeek-V3.1",
    "mit",
  ),
  v3(
    ["deepseek-v3.1-terminus", "deepseek-v3.1-terminus-thinking"],
    "DeepSeek-V3.1-Terminus",
    "deepseek-ai/DeepSeek-V3.1-Terminus",
    "mit",
  ),
  v3(
    ["deepseek-v3.2-exp", "deepseek-v3.2-exp-thinking"],
    "DeepSeek-V3.2-Exp",
    "deepseek-ai/DeepSeek-V3.2-Exp",
    "mit",
  ),
  v3(
    ["deepseek-v3.2", "deepseek-v3.2-thinking"],
    "DeepSeek-V3.2",
    "deepseek-ai/DeepSeek-V3.2",
    "mit",
  ),
];

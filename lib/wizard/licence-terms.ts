import type { LicenceClass } from "@/lib/domain";
import { slugify } from "@/lib/url/slugify";

/** `conditions`: allowed with strings attached (named in `note`); `unknown` never satisfies a need. */
export type Permission = "yes" | "conditions" | "no" | "unknown";

export interface LicenceTerms {
  name: string;
  commercial: Permission;
  /** Fine-tune and distribute the derived weights. */
  derivatives: Permission;
  osi: boolean;
  note: string;
  /** The licence text; null where only the source's class label is known. */
  url: string | null;
}

const LLAMA_NOTE =
  "Commercial use needs a separate licence from Meta above 700 million monthly active users; derivatives must credit Llama and follow the acceptable use policy.";

export const LICENCE_TERMS = {
  "apache-2.0": {
    name: "Apache 2.0",
    commercial: "yes",
    derivatives: "yes",
    osi: true,
    note: "Permissive: keep the licence and notices; patent grant included.",
    url: "https://www.apache.org/licenses/LICENSE-2.0",
  },
  mit: {
    name: "MIT",
    commercial: "yes",
    derivatives: "yes",
    osi: true,
    note: "Permissive: keep the copyright notice.",
    url: "https://opensource.org/license/mit",
  },
  "modified-mit-kimi": {
    name: "Modified MIT (Kimi K2)",
    commercial: "conditions",
    derivatives: "yes",
    osi: false,
    note: 'MIT plus one clause: products above 100 million monthly users or $20 million monthly revenue must display "Kimi K2".',
    url: "https://huggingface.co/moonshotai/Kimi-K2-Instruct/blob/main/LICENSE",
  },
  "llama-2": {
    name: "Llama 2 Community Licence",
    commercial: "conditions",
    derivatives: "conditions",
    osi: false,
    note: LLAMA_NOTE,
    url: "https://ai.meta.com/llama/license/",
  },
  "llama-3.1": {
    name: "Llama 3.1 Community Licence",
    commercial: "conditions",
    derivatives: "conditions",
    osi: false,
    note: LLAMA_NOTE,
    url: "https://www.llama.com/llama3_1/license/",
  },
  "llama-3.3": {
    name: "Llama 3.3 Community Licence",
    commercial: "conditions",
    derivatives: "conditions",
    osi: false,
    note: LLAMA_NOTE,
    url: "https://www.llama.com/llama3_3/license/",
  },
  "llama-4": {
    name: "Llama 4 Community Licence",
    commercial: "conditions",
    derivatives: "conditions",
    osi: false,
    note: LLAMA_NOTE,
    url: "https://www.llama.com/llama4/license/",
  },
  gemma: {
    name: "Gemma Terms of Use",
    commercial: "conditions",
    derivatives: "conditions",
    osi: false,
    note: "Commercial use allowed under the prohibited use policy, which derivatives must pass on.",
    url: "https://ai.google.dev/gemma/terms",
  },
  qwen: {
    name: "Qwen Licence Agreement",
    commercial: "conditions",
    derivatives: "conditions",
    osi: false,
    note: "Commercial use needs a licence from Alibaba above 100 million monthly active users.",
    url: "https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE",
  },
  "deepseek-model": {
    name: "DeepSeek Model Licence",
    commercial: "conditions",
    derivatives: "conditions",
    osi: false,
    note: "Commercial use allowed with use-based restrictions that derivatives must carry.",
    url: "https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL",
  },
  mrl: {
    name: "Mistral Research Licence",
    commercial: "no",
    derivatives: "conditions",
    osi: false,
    note: "Research and non-production use only; a commercial licence is sold separately.",
    url: "https://mistral.ai/licenses/MRL-0.1.md",
  },
  "cc-by-nc-4.0": {
    name: "CC BY-NC 4.0",
    commercial: "no",
    derivatives: "conditions",
    osi: false,
    note: "Non-commercial use only, with attribution; derivatives inherit that.",
    url: "https://creativecommons.org/licenses/by-nc/4.0/",
  },
} as const satisfies Record<string, LicenceTerms>;
export type LicenceKey = keyof typeof LICENCE_TERMS;

// Licence labels as the sources write them (slugified) that name one known licence exactly.
const LABEL_KEYS: Record<string, LicenceKey> = {
  "apache-2-0": "apache-2.0",
  mit: "mit",
  "llama-2-community": "llama-2",
  "llama-3-1-community": "llama-3.1",
  "llama-3-1": "llama-3.1",
  "llama-3-3-community": "llama-3.3",
  "llama-4": "llama-4",
  gemma: "gemma",
  "gemma-license": "gemma",
  qwen: "qwen",
  deepseek: "deepseek-model",
  "deepseek-license": "deepseek-model",
  mrl: "mrl",
  "mistral-research": "mrl",
  "cc-by-nc-4-0": "cc-by-nc-4.0",
};

const BY_CLASS: Record<LicenceClass, Omit<LicenceTerms, "name">> = {
  proprietary: {
    commercial: "yes",
    derivatives: "no",
    osi: false,
    note: "Used under the provider's API terms; the weights are not released, so there is nothing to fine-tune and distribute.",
    url: null,
  },
  "open-osi": {
    commercial: "yes",
    derivatives: "yes",
    osi: true,
    note: "Classed as an OSI licence by the source; read the model card before shipping.",
    url: null,
  },
  "open-restricted": {
    commercial: "unknown",
    derivatives: "unknown",
    osi: false,
    note: "Open weights under a licence with restrictions that are not on file here: read it first.",
    url: null,
  },
  "non-commercial": {
    commercial: "no",
    derivatives: "conditions",
    osi: false,
    note: "Non-commercial licence: research and personal use only.",
    url: null,
  },
  unknown: {
    commercial: "unknown",
    derivatives: "unknown",
    osi: false,
    note: "Licence unknown.",
    url: null,
  },
};

/**
 * Terms that matter for a model: a curated licence key wins, then a source label that names a
 * known licence, then what the licence class implies.
 */
export function resolveLicenceTerms(
  curated: LicenceKey | undefined,
  label: string | null,
  licenceClass: LicenceClass,
): LicenceTerms & { basis: "curated" | "label" | "class" } {
  if (curated) return { ...LICENCE_TERMS[curated], basis: "curated" };
  const key = label ? LABEL_KEYS[slugify(label)] : undefined;
  if (key) return { ...LICENCE_TERMS[key], basis: "label" };
  const name = label && licenceClass !== "proprietary" ? label : labelOfClass(licenceClass);
  return { ...BY_CLASS[licenceClass], name, basis: "class" };
}

function labelOfClass(c: LicenceClass): string {
  return c === "proprietary" ? "Proprietary (API terms)" : c === "unknown" ? "Unknown" : c;
}

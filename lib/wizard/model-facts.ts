import { OPEN_WEIGHT_CLASSES } from "@/lib/domain";
import { DEEPSEEK_FACTS } from "./facts/deepseek";
import { GOOGLE_MISTRAL_FACTS } from "./facts/google-mistral";
import { META_FACTS } from "./facts/meta";
import { OTHER_FACTS } from "./facts/others";
import { QWEN_FACTS } from "./facts/qwen";
import type { ModelFact } from "./facts/types";
import { resolveLicenceTerms } from "./licence-terms";
import type { ModelProfile, ModelRow } from "./types";

/** Curated facts for the main open-weight models on the leaderboards, each with its source. */
export const MODEL_FACTS: readonly ModelFact[] = [
  ...META_FACTS,
  ...DEEPSEEK_FACTS,
  ...QWEN_FACTS,
  ...GOOGLE_MISTRAL_FACTS,
  ...OTHER_FACTS,
];

const BY_SLUG = new Map(MODEL_FACTS.flatMap((f) => f.slugs.map((s) => [s, f] as const)));

export function findModelFact(slug: string): ModelFact | undefined {
  return BY_SLUG.get(slug);
}

/**
 * The database row completed with curated facts. The feed's numbers win where it has them;
 * the curated file fills the gaps and decides licence terms (feeds only give a label).
 */
export function buildModelProfile(row: ModelRow): ModelProfile {
  const fact = findModelFact(row.slug);
  const basis: ModelProfile["basis"] = {};
  const pick = <K extends "parametersB" | "activeParametersB" | "contextWindow">(key: K) => {
    if (row[key] != null) {
      basis[key] = "database";
      return row[key];
    }
    const v = fact?.[key];
    if (v == null) return null;
    basis[key] = "model card";
    return v;
  };
  return {
    ...row,
    // Some feeds only give the raw key ("qwen3-vl-235b-a22b-instruct"): prefer the card's name.
    name: fact && row.name === row.slug ? fact.name : row.name,
    parametersB: pick("parametersB"),
    activeParametersB: pick("activeParametersB"),
    contextWindow: pick("contextWindow"),
    openWeights: (OPEN_WEIGHT_CLASSES as readonly string[]).includes(row.licenceClass),
    hfRepo: fact?.hfRepo ?? null,
    gated: fact?.gated ?? false,
    attention: fact?.attention ?? null,
    nativeBits: fact?.nativeBits ?? 16,
    licenceTerms: resolveLicenceTerms(fact?.licence, row.licence, row.licenceClass),
    factSource: fact?.source ?? null,
    basis,
  };
}

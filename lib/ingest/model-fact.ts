import type { ModelFact } from "./types";

/** A fact with only a name; sources fill in what they know. */
export function makeModelFact(
  name: string,
  known: Partial<Omit<ModelFact, "name">> = {},
): ModelFact {
  return {
    name,
    aliases: [],
    organization: null,
    licence: null,
    openWeights: null,
    releaseDate: null,
    contextWindow: null,
    parametersB: null,
    activeParametersB: null,
    inputPricePerM: null,
    outputPricePerM: null,
    ...known,
  };
}

import type { BoardEntry, RankedEntry } from "../types";

/** A board entry with every optional fact unknown, overridden where a test cares. */
export function makeEntry(over: Partial<RankedEntry> & { name: string }): RankedEntry {
  const base: BoardEntry = {
    modelId: 0,
    slug: over.name.toLowerCase(),
    name: over.name,
    organization: null,
    licence: null,
    licenceClass: "unknown",
    rating: 1000,
    lower: null,
    upper: null,
    votes: null,
    sourceRank: null,
    releaseDate: null,
    parametersB: null,
    activeParametersB: null,
    contextWindow: null,
    inputPricePerM: null,
    outputPricePerM: null,
  };
  return { ...base, rank: 1, tier: null, ...over };
}

import type { ModelFact } from "@/lib/ingest/types";
import { ALIAS_OVERRIDES } from "./model-overrides";
import { toModelSlug } from "./to-model-slug";

/** One stored fact with where it came from. */
export interface SourcedFact {
  fact: ModelFact;
  source: string;
  priority: number;
  isCatalog: boolean;
  firstSeenOn: string;
}

export interface MergedModelFacts {
  displayName: string;
  organization: string | null;
  releaseDate: string | null;
  contextWindow: number | null;
  parametersB: number | null;
  activeParametersB: number | null;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
}

type Field = Exclude<keyof MergedModelFacts, "displayName">;

/** The fixed order in which facts speak: leaderboards before catalogs, preferred source, newest. */
export function rankFacts(facts: readonly SourcedFact[]): SourcedFact[] {
  return facts.toSorted(
    (a, b) =>
      Number(a.isCatalog) - Number(b.isCatalog) ||
      a.priority - b.priority ||
      b.firstSeenOn.localeCompare(a.firstSeenOn) ||
      a.source.localeCompare(b.source) ||
      a.fact.name.localeCompare(b.fact.name),
  );
}

/**
 * One value per field from every fact about a model, by a fixed ranking (leaderboards before
 * catalogs, preferred source, newest statement), so the result never depends on ingest order.
 * Release dates are a catalog's business: catalogs rank first for that field, but only an entry
 * filed under this very model's id counts; one joined through a display name ("gpt-4o" for the
 * newest ChatGPT-4o) carries the release date of whatever the name first meant.
 */
export function mergeModelFacts(slug: string, facts: readonly SourcedFact[]): MergedModelFacts {
  const ranked = rankFacts(facts);
  const ownId = (f: SourcedFact) => {
    const id = toModelSlug(f.fact.name);
    return (ALIAS_OVERRIDES[id] ?? id) === slug;
  };
  const catalogFirst = ranked
    .filter((f) => !f.isCatalog || ownId(f))
    .toSorted((a, b) => Number(b.isCatalog) - Number(a.isCatalog));
  const first = <K extends Field>(field: K, order = ranked): MergedModelFacts[K] =>
    (order.map((f) => f.fact[field]).find((v) => v !== null && v !== undefined) ??
      null) as MergedModelFacts[K];
  const names = ranked.flatMap((f) => [f.fact.name, ...f.fact.aliases]);
  // A display name with capitals ("GPT-4o-2024-05-13") reads better than a lowercase key, and
  // one that spells this very model beats a merged alias's ("…-Instruct-fp8").
  const own = names.filter((n) => toModelSlug(n).replace(/^meta-/, "") === slug);
  return {
    displayName: [...own, ...names].find((n) => /[A-Z]/.test(n)) ?? own[0] ?? names[0] ?? slug,
    organization: first("organization"),
    releaseDate: first("releaseDate", catalogFirst),
    contextWindow: first("contextWindow"),
    parametersB: first("parametersB"),
    activeParametersB: first("activeParametersB"),
    inputPricePerM: first("inputPricePerM"),
    outputPricePerM: first("outputPricePerM"),
  };
}

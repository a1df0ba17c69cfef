import { z } from "zod";
import { ARENAS, COVERAGES } from "@/lib/domain";
import { makeModelFact } from "./model-fact";
import type { ModelFact, ParsedSnapshot, SourceInfo } from "./types";

// The bundled seed is the adapters' own output, stored compactly: names, categories and facts
// are listed once and referenced by index. Loading it replays it through the normal writer.

// 2: snapshots carry their coverage (complete, partial, flagships).
const SEED_FORMAT = 2;

const factSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  organization: z.string().nullable(),
  licence: z.string().nullable(),
  openWeights: z.boolean().nullable(),
  releaseDate: z.string().nullable(),
  contextWindow: z.number().nullable(),
  parametersB: z.number().nullable(),
  activeParametersB: z.number().nullable(),
  inputPricePerM: z.number().nullable(),
  outputPricePerM: z.number().nullable(),
});

const nullableNumber = z.number().nullable();
const seedSchema = z.object({
  format: z.literal(SEED_FORMAT),
  source: z.string(),
  attribution: z.string(),
  names: z.array(z.string()),
  categories: z.array(z.string()),
  facts: z.array(factSchema.partial().extend({ name: z.string() })),
  snapshots: z.array(
    z.object({
      arena: z.enum(ARENAS),
      publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      styleControl: z.boolean(),
      coverage: z.enum(COVERAGES),
      origin: z.string(),
      facts: z.array(z.number().int()),
      scores: z.array(
        z.tuple([
          z.number().int(),
          z.number().int(),
          z.number(),
          nullableNumber,
          nullableNumber,
          nullableNumber,
          nullableNumber,
        ]),
      ),
    }),
  ),
});
export type SeedFile = z.infer<typeof seedSchema>;

export function encodeSeed(info: SourceInfo, parsed: readonly ParsedSnapshot[]): SeedFile {
  const names = new Indexer<string>((s) => s);
  const categories = new Indexer<string>((s) => s);
  const facts = new Indexer<ModelFact>((f) => JSON.stringify(f));
  return {
    format: SEED_FORMAT,
    source: info.slug,
    attribution: `${info.name}: ${info.publisher} (${info.homepage}), data licence: ${info.dataLicence}`,
    snapshots: parsed.map((p) => ({
      arena: p.arena,
      publishedOn: p.publishedOn,
      styleControl: p.styleControl,
      coverage: p.coverage,
      origin: p.origin,
      facts: p.models.map((f) => facts.add(f)),
      scores: p.scores.map(
        (s) =>
          [
            names.add(s.model),
            categories.add(s.category),
            s.rating,
            s.lower,
            s.upper,
            s.votes,
            s.rank,
          ] as const,
      ) as SeedFile["snapshots"][number]["scores"],
    })),
    names: names.items,
    categories: categories.items,
    facts: facts.items.map(stripNulls),
  };
}

/** Validates a seed file and expands it back to the adapters' snapshots. */
export function decodeSeed(json: unknown): { source: string; snapshots: ParsedSnapshot[] } {
  const seed = seedSchema.parse(json);
  const fact = (i: number): ModelFact => {
    const f = seed.facts[i];
    if (!f) throw new Error(`seed ${seed.source}: fact index ${i} out of range`);
    return makeModelFact(f.name, f);
  };
  const at = (list: string[], i: number, what: string): string => {
    const v = list[i];
    if (v === undefined) throw new Error(`seed ${seed.source}: ${what} index ${i} out of range`);
    return v;
  };
  return {
    source: seed.source,
    snapshots: seed.snapshots.map((s) => ({
      arena: s.arena,
      publishedOn: s.publishedOn,
      styleControl: s.styleControl,
      coverage: s.coverage,
      origin: s.origin,
      models: s.facts.map(fact),
      scores: s.scores.map(([n, c, rating, lower, upper, votes, rank]) => ({
        model: at(seed.names, n, "name"),
        category: at(seed.categories, c, "category"),
        rating,
        lower,
        upper,
        votes,
        rank,
      })),
    })),
  };
}

function stripNulls(f: ModelFact): Partial<ModelFact> & { name: string } {
  return Object.fromEntries(
    Object.entries(f).filter(
      ([k, v]) => v !== null && !(k === "aliases" && Array.isArray(v) && v.length === 0),
    ),
  ) as Partial<ModelFact> & { name: string };
}

class Indexer<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly keyOf: (item: T) => string) {}
  add(item: T): number {
    const key = this.keyOf(item);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.push(item) - 1;
      this.index.set(key, i);
    }
    return i;
  }
}

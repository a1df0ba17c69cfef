import { eq } from "drizzle-orm";
import { toModelSlug } from "@/lib/identity/to-model-slug";
import { ALIAS_OVERRIDES } from "@/lib/identity/model-overrides";
import { classifyLicence } from "@/lib/licence/classify-licence";
import type { ModelFact } from "@/lib/ingest/types";
import type { Db } from "../client";
import { modelAliases, modelLicences, models } from "../schema";

/**
 * Maps every name a source writes to one model id. A name already known as an alias keeps its
 * model, except that a source's own key reclaims its slug from a borrowed display name;
 * unknown names create a model under their slug.
 */
export class ModelResolver {
  private readonly byAlias = new Map<string, number>();
  // Sources repeat the same facts in every snapshot; apply each distinct fact once per run.
  private readonly appliedFacts = new Map<string, number>();

  private readonly slugOf = new Map<number, string>();

  constructor(
    private readonly db: Db,
    // Catalog ids are often moving aliases (`gpt-4o`); only leaderboards' own keys reclaim names.
    private readonly options: { keysReclaimNames: boolean } = { keysReclaimNames: true },
  ) {
    for (const a of db.select().from(modelAliases).all()) this.byAlias.set(a.aliasSlug, a.modelId);
    for (const m of db.select({ id: models.id, slug: models.slug }).from(models).all())
      this.slugOf.set(m.id, m.slug);
  }

  resolveName(name: string, sourceSlug: string): number {
    const slug = canonical(name);
    const known = this.byAlias.get(slug);
    if (known !== undefined) return known;
    const id = this.createModel(slug, name);
    this.addAlias(slug, name, id, sourceSlug);
    return id;
  }

  /** Resolves a fact's names together, records its aliases, licence statement and metadata. */
  applyFact(fact: ModelFact, sourceSlug: string, seenOn: string): number {
    const key = `${sourceSlug}\u0000${JSON.stringify(fact)}`;
    const cached = this.appliedFacts.get(key);
    if (cached !== undefined) return cached;
    const id = this.applyNewFact(fact, sourceSlug, seenOn);
    this.appliedFacts.set(key, id);
    return id;
  }

  private applyNewFact(fact: ModelFact, sourceSlug: string, seenOn: string): number {
    const names = [fact.name, ...fact.aliases];
    const slugs = names.map(canonical);
    const primary = slugs[0] ?? canonical(fact.name);
    const id =
      fact.aliases.length > 0
        ? this.resolveKey(primary, fact, slugs, sourceSlug)
        : this.resolveAny(slugs, names);
    names.forEach((n, i) => {
      const s = slugs[i];
      if (s && !this.byAlias.has(s)) this.addAlias(s, n, id, sourceSlug);
    });
    this.fillMetadata(id, fact, names);
    if (fact.licence?.trim()) {
      this.db
        .insert(modelLicences)
        .values({
          modelId: id,
          sourceSlug,
          licence: fact.licence.trim(),
          licenceClass: classifyLicence(fact.licence),
          firstSeenOn: seenOn,
        })
        .onConflictDoNothing()
        .run();
    }
    return id;
  }

  /** A keyed fact (internal key + display names) is identified by its key alone. */
  private resolveKey(
    primary: string,
    fact: ModelFact,
    slugs: string[],
    sourceSlug: string,
  ): number {
    const claimed = this.byAlias.get(primary);
    if (
      claimed !== undefined &&
      (this.slugOf.get(claimed) === primary || !this.options.keysReclaimNames)
    )
      return claimed;
    const id = this.createModel(primary, pickDisplayName([fact.name, ...fact.aliases]));
    // The key reclaims its slug, and the display names that came with it, from a model that
    // borrowed them (LMArena once listed the codename late-june-chatbot as "Gemma-2-27B-it").
    this.repointAlias(primary, fact.name, id, sourceSlug);
    fact.aliases.forEach((n, i) => {
      const s = slugs[i + 1];
      if (s && claimed !== undefined && this.byAlias.get(s) === claimed)
        this.repointAlias(s, n, id, sourceSlug);
    });
    return id;
  }

  private resolveAny(slugs: string[], names: string[]): number {
    const existing = slugs.map((s) => this.byAlias.get(s)).find((x) => x !== undefined);
    return existing ?? this.createModel(slugs[0] ?? "", pickDisplayName(names));
  }

  private createModel(slug: string, displayName: string): number {
    const row = this.db
      .insert(models)
      .values({ slug, displayName })
      .onConflictDoUpdate({ target: models.slug, set: { slug } })
      .returning({ id: models.id })
      .get();
    this.slugOf.set(row.id, slug);
    return row.id;
  }

  private repointAlias(aliasSlug: string, name: string, modelId: number, sourceSlug: string): void {
    this.db
      .insert(modelAliases)
      .values({ aliasSlug, name, modelId, sourceSlug })
      .onConflictDoUpdate({ target: modelAliases.aliasSlug, set: { name, modelId, sourceSlug } })
      .run();
    this.byAlias.set(aliasSlug, modelId);
  }

  private addAlias(aliasSlug: string, name: string, modelId: number, sourceSlug: string): void {
    this.db
      .insert(modelAliases)
      .values({ aliasSlug, name, modelId, sourceSlug })
      .onConflictDoNothing()
      .run();
    this.byAlias.set(aliasSlug, modelId);
  }

  // Metadata only fills gaps: the first source to state a fact keeps it until a person edits it.
  private fillMetadata(id: number, fact: ModelFact, names: string[]): void {
    const current = this.db.select().from(models).where(eq(models.id, id)).get();
    if (!current) return;
    const display = pickDisplayName(names);
    const patch = {
      displayName:
        current.displayName === current.slug && display !== current.slug ? display : undefined,
      organization: current.organization ?? fact.organization ?? undefined,
      releaseDate: current.releaseDate ?? fact.releaseDate ?? undefined,
      contextWindow: current.contextWindow ?? fact.contextWindow ?? undefined,
      parametersB: current.parametersB ?? fact.parametersB ?? undefined,
      activeParametersB: current.activeParametersB ?? fact.activeParametersB ?? undefined,
      inputPricePerM: current.inputPricePerM ?? fact.inputPricePerM ?? undefined,
      outputPricePerM: current.outputPricePerM ?? fact.outputPricePerM ?? undefined,
    };
    const changed = Object.entries(patch).some(
      ([k, v]) => v !== undefined && v !== current[k as keyof typeof current],
    );
    if (changed) this.db.update(models).set(patch).where(eq(models.id, id)).run();
  }
}

function canonical(name: string): string {
  const slug = toModelSlug(name);
  return ALIAS_OVERRIDES[slug] ?? slug;
}

/** Prefers a human display name (with capitals) over an internal lowercase key. */
function pickDisplayName(names: string[]): string {
  return names.find((n) => /[A-Z]/.test(n)) ?? names[0] ?? "";
}

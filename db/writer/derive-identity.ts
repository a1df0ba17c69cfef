import { getTableName } from "drizzle-orm";
import { OPEN_WEIGHT_CLASSES } from "@/lib/domain";
import { findLicenceOverride, TIME_SPLITS } from "@/lib/identity/model-overrides";
import { mergeModelFacts, rankFacts, type SourcedFact } from "@/lib/identity/merge-model-facts";
import { modelOnDate, resolveIdentities } from "@/lib/identity/resolve-identities";
import { toModelSlug } from "@/lib/identity/to-model-slug";
import type { ModelFact } from "@/lib/ingest/types";
import { findAdapter } from "@/lib/ingest/registry";
import { classifyLicence } from "@/lib/licence/classify-licence";
import { pickCurrentLicence, type LicenceStatement } from "@/lib/licence/pick-current-licence";
import type { Db } from "../client";
import { repointMetricScores } from "./repoint-metric-scores";
import { repointScores } from "./repoint-scores";
import {
  modelAliases,
  modelFacts,
  modelLicences,
  models,
  scores,
  snapshots,
  sources,
} from "../schema";

const earliest = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * Rebuilds models, aliases, licence statements and which model every rating belongs to, from
 * all stored facts and rated names at once. Runs inside the derived-tables transaction.
 */
export function deriveIdentity(tx: Db): void {
  const priority = new Map(
    tx
      .select()
      .from(sources)
      .all()
      .map((s) => [s.slug, s.priority]),
  );
  const facts: SourcedFact[] = tx
    .select()
    .from(modelFacts)
    .all()
    .map((row) => ({
      fact: JSON.parse(row.fact) as ModelFact,
      source: row.sourceSlug,
      priority: priority.get(row.sourceSlug) ?? 999,
      isCatalog: findAdapter(row.sourceSlug)?.info.kind === "metadata",
      firstSeenOn: row.firstSeenOn,
    }));
  // One pass over the ratings' (snapshot, name) index: which dates each published name has.
  const dateOf = new Map(
    tx
      .select({ id: snapshots.id, date: snapshots.publishedOn })
      .from(snapshots)
      .all()
      .map((r) => [r.id, r.date]),
  );
  const datesOf = new Map<string, Set<string>>();
  for (const [snapshotId, name] of tx.$client
    .prepare(
      `SELECT ${scores.snapshotId.name}, ${scores.nameSlug.name} FROM ${getTableName(scores)}`,
    )
    .raw()
    .iterate() as Iterable<[number, string]>) {
    const dates = datesOf.get(name) ?? new Set<string>();
    datesOf.set(name, dates);
    dates.add(dateOf.get(snapshotId) ?? "");
  }
  const { modelOf, periods } = resolveIdentities(
    facts.map((f) => ({ ...f, name: f.fact.name, aliases: f.fact.aliases })),
    datesOf.keys(),
  );

  const factsOf = new Map<string, SourcedFact[]>();
  for (const f of facts) {
    // A catalog entry under a name that meant several models over time ("chatgpt-4o-latest")
    // describes a moving pointer: its release date and prices belong to none of them.
    // So does a catalog id "…latest" (chatgpt-4o-latest carries GPT-4o's 2024-05 release date).
    const names = [f.fact.name, ...f.fact.aliases];
    if (
      f.isCatalog &&
      (/latest/i.test(f.fact.name) || names.some((n) => periods.has(toModelSlug(n))))
    )
      continue;
    const slug = toModelSlug(f.fact.name);
    const during = periods.get(slug);
    // A leaderboard fact about a name that changed meaning belongs to what it meant then.
    const model = (during && modelOnDate(during, f.firstSeenOn)) ?? modelOf.get(slug) ?? slug;
    factsOf.set(model, [...(factsOf.get(model) ?? []), f]);
  }
  const firstSeen = new Map<string, string>();
  for (const [name, dates] of datesOf) {
    const during = periods.get(name);
    for (const date of dates) {
      const model = (during && modelOnDate(during, date)) ?? modelOf.get(name) ?? name;
      firstSeen.set(model, earliest(firstSeen.get(model) ?? null, date) ?? date);
    }
  }

  const periodModels = [...periods.values()].flatMap((list) => list.map((p) => p.model));
  const slugs = [...new Set([...modelOf.values(), ...factsOf.keys(), ...periodModels])].sort();
  const displayOverride = new Map(TIME_SPLITS.map((s) => [s.model, s.displayName]));
  const statementsOf = new Map<string, LicenceStatement[]>();
  const upsert = tx.$client.prepare(`
    INSERT INTO models (slug, display_name, organization, licence, licence_class, open_weights,
      licence_conflict, release_date, first_seen_on, available_from, available_basis,
      context_window, parameters_b, active_parameters_b, input_price_per_m, output_price_per_m)
    VALUES (@slug, @displayName, @organization, @licence, @licenceClass, @openWeights,
      @licenceConflict, @releaseDate, @firstSeenOn, @availableFrom, @availableBasis,
      @contextWindow, @parametersB, @activeParametersB, @inputPricePerM, @outputPricePerM)
    ON CONFLICT(slug) DO UPDATE SET display_name = excluded.display_name,
      organization = excluded.organization, licence = excluded.licence,
      licence_class = excluded.licence_class, open_weights = excluded.open_weights,
      licence_conflict = excluded.licence_conflict, release_date = excluded.release_date,
      first_seen_on = excluded.first_seen_on, available_from = excluded.available_from,
      available_basis = excluded.available_basis, context_window = excluded.context_window,
      parameters_b = excluded.parameters_b, active_parameters_b = excluded.active_parameters_b,
      input_price_per_m = excluded.input_price_per_m, output_price_per_m = excluded.output_price_per_m`);
  for (const slug of slugs) {
    const own = factsOf.get(slug) ?? [];
    const merged = mergeModelFacts(slug, own);
    const statements = licenceStatements(own);
    statementsOf.set(slug, statements);
    const current = pickCurrentLicence(statements);
    const override = findLicenceOverride(slug);
    const licenceClass = override?.licenceClass ?? current.licenceClass;
    const seen = firstSeen.get(slug) ?? null;
    const availableFrom = earliest(merged.releaseDate, seen);
    upsert.run({
      slug,
      ...merged,
      displayName: displayOverride.get(slug) ?? merged.displayName,
      licence: override?.licence ?? current.licence,
      licenceClass,
      openWeights: (OPEN_WEIGHT_CLASSES as readonly string[]).includes(licenceClass) ? 1 : 0,
      licenceConflict: current.conflicts.length ? current.conflicts.join("; ") : null,
      firstSeenOn: seen,
      availableFrom,
      availableBasis:
        availableFrom === null ? null : availableFrom === seen ? "appearance" : "release",
    });
  }

  const idOf = new Map(
    tx
      .select({ id: models.id, slug: models.slug })
      .from(models)
      .all()
      .map((m) => [m.slug, m.id]),
  );
  repointScores(tx, modelOf, periods, idOf);
  repointMetricScores(tx, modelOf, periods, idOf);
  writeAliases(tx, facts, modelOf, idOf);
  writeLicences(tx, statementsOf, idOf);
  // Models no name points at any more (a merge, a fixed split) go last, once nothing refers to them.
  const keep = new Set(slugs);
  const orphans = [...idOf].filter(([slug]) => !keep.has(slug)).map(([, id]) => id);
  const drop = tx.$client.prepare("DELETE FROM models WHERE id = ?");
  for (const id of orphans) drop.run(id);
}

function licenceStatements(own: readonly SourcedFact[]): LicenceStatement[] {
  const byKey = new Map<string, LicenceStatement>();
  for (const f of own) {
    const licence = f.fact.licence?.trim();
    if (!licence) continue;
    const key = `${f.source}\u0000${licence}`;
    const seen = byKey.get(key);
    if (seen && seen.firstSeenOn <= f.firstSeenOn) continue;
    byKey.set(key, {
      source: f.source,
      licence,
      licenceClass: classifyLicence(licence),
      firstSeenOn: f.firstSeenOn,
      priority: f.priority,
      isCatalog: f.isCatalog,
    });
  }
  return [...byKey.values()];
}

function writeAliases(
  tx: Db,
  facts: readonly SourcedFact[],
  modelOf: Map<string, string>,
  idOf: Map<string, number>,
): void {
  tx.delete(modelAliases).run();
  const spelled = new Map<string, { name: string; source: string }>();
  // The spelling a leaderboard used wins over a catalog's, then the preferred source.
  for (const f of rankFacts(facts))
    for (const name of [f.fact.name, ...f.fact.aliases]) {
      const slug = toModelSlug(name);
      if (!spelled.has(slug)) spelled.set(slug, { name, source: f.source });
    }
  const insert = tx.$client.prepare(
    "INSERT INTO model_aliases (alias_slug, name, model_id, source_slug) VALUES (?, ?, ?, ?)",
  );
  for (const [slug, model] of [...modelOf].sort(([a], [b]) => a.localeCompare(b))) {
    const id = idOf.get(model);
    if (id === undefined) continue;
    const s = spelled.get(slug);
    insert.run(slug, s?.name ?? slug, id, s?.source ?? "");
  }
}

function writeLicences(
  tx: Db,
  statementsOf: Map<string, LicenceStatement[]>,
  idOf: Map<string, number>,
): void {
  tx.delete(modelLicences).run();
  const insert = tx.$client.prepare(
    `INSERT INTO model_licences (model_id, source_slug, licence, licence_class, first_seen_on)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const [slug, list] of [...statementsOf].sort(([a], [b]) => a.localeCompare(b))) {
    const id = idOf.get(slug);
    if (id === undefined) continue;
    for (const s of list.toSorted(
      (a, b) => a.source.localeCompare(b.source) || a.licence.localeCompare(b.licence),
    ))
      insert.run(id, s.source, s.licence, s.licenceClass, s.firstSeenOn);
  }
}

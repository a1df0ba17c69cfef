// Test-only: turns a parsed snapshot into the frontier the database would store, so the
// analytics can be checked against the real files without a database.
import type { LicenceClass } from "@/lib/domain";
import { findLicenceOverride } from "@/lib/identity/model-overrides";
import { toModelSlug } from "@/lib/identity/to-model-slug";
import type { ParsedSnapshot } from "@/lib/ingest/types";
import { classifyLicence } from "@/lib/licence/classify-licence";
import type { RatedModel, SnapshotFrontier } from "../types";

export interface FrontierMeta {
  snapshotId: number;
  source: string;
  sourcePriority?: number;
  category?: string;
  /** Licence text by model slug, for sources that state none themselves (e.g. a wide table). */
  fallbackLicences?: ReadonlyMap<string, string>;
}

/** Best model per licence class (override first, then the source's licence label). */
export function frontierFromParsed(snap: ParsedSnapshot, meta: FrontierMeta): SnapshotFrontier {
  const licenceBySlug = new Map<string, string | null>();
  for (const fact of snap.models)
    for (const name of [fact.name, ...fact.aliases])
      licenceBySlug.set(toModelSlug(name), fact.licence);
  const best: Partial<Record<LicenceClass, RatedModel>> = {};
  for (const row of snap.scores) {
    if (row.category !== (meta.category ?? "overall")) continue;
    const slug = toModelSlug(row.model);
    const licence = licenceBySlug.get(slug) ?? meta.fallbackLicences?.get(slug) ?? null;
    const licenceClass = findLicenceOverride(slug)?.licenceClass ?? classifyLicence(licence);
    const held = best[licenceClass];
    // Same order as the frontiers table: rating, then slug, so ties resolve reproducibly.
    if (held && (held.rating > row.rating || (held.rating === row.rating && held.slug <= slug)))
      continue;
    best[licenceClass] = {
      slug,
      name: row.model,
      organization: null,
      licenceClass,
      rating: row.rating,
      lower: row.lower,
      upper: row.upper,
    };
  }
  return {
    snapshotId: meta.snapshotId,
    date: snap.publishedOn,
    source: meta.source,
    sourcePriority: meta.sourcePriority ?? 1,
    coverage: snap.coverage,
    best,
    // Availability dates come from the whole database; DB-backed tests cover months behind.
    steps: [],
  };
}

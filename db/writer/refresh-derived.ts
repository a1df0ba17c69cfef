import { sql } from "drizzle-orm";
import { OPEN_WEIGHT_CLASSES, type LicenceClass } from "@/lib/domain";
import { findLicenceOverride } from "@/lib/identity/model-overrides";
import type { Db } from "../client";
import { modelLicences, models, sources } from "../schema";

export const METADATA_PRIORITY = 999;

/**
 * Derives each model's current licence from every statement on record: a reviewed override
 * first, then the newest leaderboard statement that says something (ties go to the preferred
 * source), then catalog statements.
 */
export function refreshModelLicences(db: Db): void {
  const priority = new Map(
    db
      .select()
      .from(sources)
      .all()
      .map((s) => [s.slug, s.priority]),
  );
  const statements = db.select().from(modelLicences).all();
  // Catalogs (models.dev) only decide when no leaderboard states a licence: leaderboards label
  // the exact checkpoint that was rated.
  const isCatalog = (slug: string) => (priority.get(slug) ?? 0) >= METADATA_PRIORITY;
  const byModel = new Map<number, typeof statements>();
  for (const s of statements) byModel.set(s.modelId, [...(byModel.get(s.modelId) ?? []), s]);
  const update = db.$client.prepare(
    "UPDATE models SET licence = ?, licence_class = ?, open_weights = ? WHERE id = ?",
  );
  db.$client.transaction(() => {
    for (const model of db.select({ id: models.id, slug: models.slug }).from(models).all()) {
      const ranked = (byModel.get(model.id) ?? [])
        .filter((s) => s.licenceClass !== "unknown")
        .sort(
          (a, b) =>
            Number(isCatalog(a.sourceSlug)) - Number(isCatalog(b.sourceSlug)) ||
            b.firstSeenOn.localeCompare(a.firstSeenOn) ||
            (priority.get(a.sourceSlug) ?? 99) - (priority.get(b.sourceSlug) ?? 99),
        );
      const override = findLicenceOverride(model.slug);
      const licence = ranked[0]?.licence ?? byModel.get(model.id)?.[0]?.licence ?? null;
      const cls: LicenceClass = override?.licenceClass ?? ranked[0]?.licenceClass ?? "unknown";
      const open = (OPEN_WEIGHT_CLASSES as readonly string[]).includes(cls) ? 1 : 0;
      update.run(licence, cls, open, model.id);
    }
  })();
}

/** Best model per snapshot, category and licence class, so pages read a few rows, not every score. */
export function rebuildFrontiers(db: Db): void {
  db.transaction((tx) => {
    tx.run(sql`DELETE FROM frontiers`);
    tx.run(sql`
      INSERT INTO frontiers (snapshot_id, category, licence_class, model_id, rating, lower, upper)
      SELECT snapshot_id, category, licence_class, model_id, rating, lower, upper FROM (
        SELECT s.snapshot_id, s.category, m.licence_class, s.model_id, s.rating, s.lower, s.upper,
               ROW_NUMBER() OVER (
                 PARTITION BY s.snapshot_id, s.category, m.licence_class
                 ORDER BY s.rating DESC, m.slug
               ) AS rn
        FROM scores s JOIN models m ON m.id = s.model_id
      ) WHERE rn = 1`);
  });
}

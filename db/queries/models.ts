import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Arena, LicenceClass } from "@/lib/domain";
import { toBoardKey } from "@/lib/models/board-key";
import type { PositionedRating } from "@/lib/models/find-best-rank";
import type { ModelOption } from "@/lib/models/suggest-models";
import type { BoardRating, FrontierEntry, RatedModel, SnapshotField } from "@/lib/models/types";
import { getDb } from "../client";
import { modelAliases, modelLicences, models, type Model } from "../schema";
import { memoByDataVersion } from "./data-version";

export type ModelPickerOption = ModelOption & { licenceClass: LicenceClass };

interface BoardCols {
  source: string;
  arena: Arena;
  sc: number;
}
const boardOf = (r: BoardCols) =>
  toBoardKey({ source: r.source, arena: r.arena, styleControl: r.sc === 1 });

/** The canonical slug for a model slug or any alias slug it was published under, else null. */
export function resolveModelSlug(slug: string): string | null {
  const db = getDb();
  const direct = db.select({ slug: models.slug }).from(models).where(eq(models.slug, slug)).get();
  if (direct) return direct.slug;
  const alias = db
    .select({ slug: models.slug })
    .from(modelAliases)
    .innerJoin(models, eq(models.id, modelAliases.modelId))
    .where(eq(modelAliases.aliasSlug, slug))
    .get();
  return alias?.slug ?? null;
}

export function getModelBySlug(slug: string): Model | null {
  return getDb().select().from(models).where(eq(models.slug, slug)).get() ?? null;
}

export function getModelAliases(modelId: number) {
  return getDb()
    .select({
      aliasSlug: modelAliases.aliasSlug,
      name: modelAliases.name,
      source: modelAliases.sourceSlug,
    })
    .from(modelAliases)
    .where(eq(modelAliases.modelId, modelId))
    .orderBy(asc(modelAliases.name))
    .all();
}

/** Every licence statement about the model, oldest first. */
export function getModelLicences(modelId: number) {
  return getDb()
    .select({
      source: modelLicences.sourceSlug,
      licence: modelLicences.licence,
      licenceClass: modelLicences.licenceClass,
      firstSeenOn: modelLicences.firstSeenOn,
    })
    .from(modelLicences)
    .where(eq(modelLicences.modelId, modelId))
    .orderBy(asc(modelLicences.firstSeenOn), asc(modelLicences.sourceSlug))
    .all();
}

/** Every rating of the model on every board and in every category. */
export function getModelRatings(modelId: number): BoardRating[] {
  return getDb()
    .all<BoardCols & Omit<BoardRating, "board">>(
      sql`SELECT n.source_slug AS source, n.arena, n.style_control AS sc, x.snapshot_id AS snapshotId,
        n.published_on AS date, x.category, x.rating, x.lower, x.upper
      FROM scores x JOIN snapshots n ON n.id = x.snapshot_id
      WHERE x.model_id = ${modelId} ORDER BY n.published_on`,
    )
    .map(({ source, arena, sc, ...r }) => ({ ...r, board: boardOf({ source, arena, sc }) }));
}

/** The model's place in every snapshot of one category (1 + strictly higher ratings). */
export function getModelPositions(modelId: number, category: string): PositionedRating[] {
  return getDb()
    .all<BoardCols & Omit<PositionedRating, "board">>(
      sql`SELECT n.source_slug AS source, n.arena, n.style_control AS sc, x.snapshot_id AS snapshotId,
        n.published_on AS date, x.category, x.rating,
        1 + (SELECT count(*) FROM scores y WHERE y.snapshot_id = x.snapshot_id
             AND y.category = x.category AND y.rating > x.rating) AS position,
        (SELECT count(*) FROM scores y WHERE y.snapshot_id = x.snapshot_id
             AND y.category = x.category) AS fieldSize
      FROM scores x JOIN snapshots n ON n.id = x.snapshot_id
      WHERE x.model_id = ${modelId} AND x.category = ${category}`,
    )
    .map(({ source, arena, sc, ...r }) => ({ ...r, board: boardOf({ source, arena, sc }) }));
}

/** Snapshot dates of every board with ratings, so history lines can show gaps. */
export function getBoardDates(): Map<string, string[]> {
  return memoByDataVersion("board-dates", () => {
    const rows = getDb().all<BoardCols & { date: string }>(
      sql`SELECT source_slug AS source, arena, style_control AS sc, published_on AS date
        FROM snapshots WHERE score_count > 0 ORDER BY published_on`,
    );
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(boardOf(r), [...(out.get(boardOf(r)) ?? []), r.date]);
    return out;
  });
}

interface EntryRow extends BoardCols {
  snapshotId: number;
  date: string;
  slug: string;
  name: string;
  organization: string | null;
  licenceClass: LicenceClass;
  rating: number;
  lower: number | null;
  upper: number | null;
}
const toRated = (r: EntryRow): RatedModel => ({
  slug: r.slug,
  name: r.name,
  organization: r.organization,
  licenceClass: r.licenceClass,
  rating: r.rating,
  lower: r.lower,
  upper: r.upper,
});

/** Per board: every model rated in the category in the model's latest snapshot of that board. */
export function getModelFields(modelId: number, category: string): SnapshotField[] {
  const rows = getDb().all<EntryRow>(sql`
    WITH latest AS (
      SELECT n.source_slug, n.arena, n.style_control, max(n.published_on) AS d
      FROM scores x JOIN snapshots n ON n.id = x.snapshot_id
      WHERE x.model_id = ${modelId} AND x.category = ${category}
      GROUP BY n.source_slug, n.arena, n.style_control)
    SELECT n.source_slug AS source, n.arena, n.style_control AS sc, n.id AS snapshotId,
      n.published_on AS date, m.slug, m.display_name AS name, m.organization,
      m.licence_class AS licenceClass, y.rating, y.lower, y.upper
    FROM latest l
    JOIN snapshots n ON n.source_slug = l.source_slug AND n.arena = l.arena
      AND n.style_control = l.style_control AND n.published_on = l.d
    JOIN scores y ON y.snapshot_id = n.id AND y.category = ${category}
    JOIN models m ON m.id = y.model_id`);
  const fields = new Map<number, SnapshotField>();
  for (const r of rows) {
    const f = fields.get(r.snapshotId) ?? {
      board: boardOf(r),
      snapshotId: r.snapshotId,
      date: r.date,
      entries: [],
    };
    f.entries.push(toRated(r));
    fields.set(r.snapshotId, f);
  }
  return [...fields.values()];
}

/** Best model per licence class per snapshot of the given boards' sources, for one category. */
export function getCategoryFrontiers(
  sources: readonly string[],
  category: string,
): FrontierEntry[] {
  if (sources.length === 0) return [];
  const rows = getDb().all<EntryRow>(sql`
    SELECT n.source_slug AS source, n.arena, n.style_control AS sc, n.id AS snapshotId,
      n.published_on AS date, m.slug, m.display_name AS name, m.organization,
      f.licence_class AS licenceClass, f.rating, f.lower, f.upper
    FROM frontiers f JOIN snapshots n ON n.id = f.snapshot_id JOIN models m ON m.id = f.model_id
    WHERE f.category = ${category} AND n.source_slug IN (${sql.join(
      sources.map((s) => sql`${s}`),
      sql`, `,
    )})`);
  return rows.map((r) => ({ board: boardOf(r), date: r.date, model: toRated(r) }));
}

/** Every model with at least one rating, for the pickers and "did you mean". */
export function getModelOptions(): ModelPickerOption[] {
  return memoByDataVersion("model-options", () =>
    getDb().all<ModelPickerOption>(sql`
      SELECT m.slug, m.display_name AS name, m.organization, m.licence_class AS licenceClass
      FROM models m WHERE EXISTS (SELECT 1 FROM scores x WHERE x.model_id = m.id)
      ORDER BY m.display_name COLLATE NOCASE`),
  );
}

import "server-only";
import { and, asc, eq, exists, gt, inArray, max, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Arena, LicenceClass } from "@/lib/domain";
import { toSeriesKey } from "@/lib/models/series-key";
import type { PositionedRating } from "@/lib/models/find-best-rank";
import type { ModelOption } from "@/lib/models/suggest-models";
import { qualifyModelOptions } from "@/lib/compare/qualify-model-options";
import type { SeriesRating, FrontierEntry, RatedModel, SnapshotField } from "@/lib/models/types";
import { getDb } from "../client";
import {
  frontiers,
  modelAliases,
  modelLicences,
  models,
  scores,
  snapshots,
  type Model,
} from "../schema";
import { memoByDataVersion } from "./data-version";

export type ModelPickerOption = ModelOption & {
  licenceClass: LicenceClass;
  /** When the model was first available (or first rated), so dated variants read apart. */
  since: string | null;
  qualifier: string | null;
};

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
export function getModelRatings(modelId: number): SeriesRating[] {
  return getDb()
    .select({
      source: snapshots.sourceSlug,
      arena: snapshots.arena,
      styleControl: snapshots.styleControl,
      snapshotId: scores.snapshotId,
      date: snapshots.publishedOn,
      category: scores.category,
      rating: scores.rating,
      lower: scores.lower,
      upper: scores.upper,
    })
    .from(scores)
    .innerJoin(snapshots, eq(snapshots.id, scores.snapshotId))
    .where(eq(scores.modelId, modelId))
    .orderBy(asc(snapshots.publishedOn))
    .all()
    .map(({ source, arena, styleControl, ...r }) => ({
      ...r,
      board: toSeriesKey({ source, arena, styleControl }),
    }));
}

/** The model's place in every snapshot of one category (1 + strictly higher ratings). */
export function getModelPositions(modelId: number, category: string): PositionedRating[] {
  // Correlated counts over the same snapshot and category: the builder has no such subquery.
  const y = alias(scores, "y");
  const sameField = sql`${y.snapshotId} = ${scores.snapshotId} AND ${y.category} = ${scores.category}`;
  return getDb()
    .select({
      source: snapshots.sourceSlug,
      arena: snapshots.arena,
      styleControl: snapshots.styleControl,
      snapshotId: scores.snapshotId,
      date: snapshots.publishedOn,
      category: scores.category,
      rating: scores.rating,
      position: sql<number>`1 + (SELECT count(*) FROM ${scores} AS ${y} WHERE ${sameField} AND ${y.rating} > ${scores.rating})`,
      fieldSize: sql<number>`(SELECT count(*) FROM ${scores} AS ${y} WHERE ${sameField})`,
    })
    .from(scores)
    .innerJoin(snapshots, eq(snapshots.id, scores.snapshotId))
    .where(and(eq(scores.modelId, modelId), eq(scores.category, category)))
    .all()
    .map(({ source, arena, styleControl, ...r }) => ({
      ...r,
      board: toSeriesKey({ source, arena, styleControl }),
    }));
}

/** Snapshot dates of every board with ratings, so history lines can show gaps. */
export function getBoardDates(): Map<string, string[]> {
  return memoByDataVersion("board-dates", () => {
    const rows = getDb()
      .select({
        source: snapshots.sourceSlug,
        arena: snapshots.arena,
        styleControl: snapshots.styleControl,
        date: snapshots.publishedOn,
      })
      .from(snapshots)
      .where(gt(snapshots.scoreCount, 0))
      .orderBy(asc(snapshots.publishedOn))
      .all();
    const out = new Map<string, string[]>();
    for (const { date, ...board } of rows) {
      const key = toSeriesKey(board);
      const list = out.get(key);
      if (list) list.push(date);
      else out.set(key, [date]);
    }
    return out;
  });
}

const entryColumns = {
  source: snapshots.sourceSlug,
  arena: snapshots.arena,
  styleControl: snapshots.styleControl,
  snapshotId: snapshots.id,
  date: snapshots.publishedOn,
  slug: models.slug,
  name: models.displayName,
  organization: models.organization,
};

interface EntryRow extends RatedModel {
  source: string;
  arena: Arena;
  styleControl: boolean;
  snapshotId: number;
  date: string;
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
const boardOf = (r: EntryRow) =>
  toSeriesKey({ source: r.source, arena: r.arena, styleControl: r.styleControl });

/** Per board: every model rated in the category in the model's latest snapshot of that board. */
export function getModelFields(modelId: number, category: string): SnapshotField[] {
  const db = getDb();
  // The model's newest snapshot of each source's board that rates it in this category (SQLite
  // takes a bare column beside max() from the row that holds the maximum).
  const latest = db
    .select({ id: sql<number>`${snapshots.id}`.as("latest_id"), date: max(snapshots.publishedOn) })
    .from(scores)
    .innerJoin(snapshots, eq(snapshots.id, scores.snapshotId))
    .where(and(eq(scores.modelId, modelId), eq(scores.category, category)))
    .groupBy(snapshots.sourceSlug, snapshots.arena, snapshots.styleControl)
    .as("latest");
  const rows = db
    .select({
      ...entryColumns,
      licenceClass: models.licenceClass,
      rating: scores.rating,
      lower: scores.lower,
      upper: scores.upper,
    })
    .from(latest)
    .innerJoin(snapshots, eq(snapshots.id, latest.id))
    .innerJoin(scores, and(eq(scores.snapshotId, snapshots.id), eq(scores.category, category)))
    .innerJoin(models, eq(models.id, scores.modelId))
    .all();
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
  sourceSlugs: readonly string[],
  category: string,
): FrontierEntry[] {
  if (sourceSlugs.length === 0) return [];
  return getDb()
    .select({
      ...entryColumns,
      licenceClass: frontiers.licenceClass,
      rating: frontiers.rating,
      lower: frontiers.lower,
      upper: frontiers.upper,
    })
    .from(frontiers)
    .innerJoin(snapshots, eq(snapshots.id, frontiers.snapshotId))
    .innerJoin(models, eq(models.id, frontiers.modelId))
    .where(and(eq(frontiers.category, category), inArray(snapshots.sourceSlug, [...sourceSlugs])))
    .all()
    .map((r) => ({ board: boardOf(r), date: r.date, model: toRated(r) }));
}

/** Every model with at least one rating, for the pickers and "did you mean". */
export function getModelOptions(): ModelPickerOption[] {
  return memoByDataVersion("model-options", () => {
    const db = getDb();
    const rated = db
      .select({ one: sql`1` })
      .from(scores)
      .where(eq(scores.modelId, models.id));
    const rows = db
      .select({
        slug: models.slug,
        name: models.displayName,
        organization: models.organization,
        licenceClass: models.licenceClass,
        since: sql<string | null>`coalesce(${models.availableFrom}, ${models.firstSeenOn})`,
      })
      .from(models)
      .where(exists(rated))
      .orderBy(sql`${models.displayName} COLLATE NOCASE`)
      .all();
    return qualifyModelOptions(rows);
  });
}

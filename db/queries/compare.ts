import "server-only";
import { and, countDistinct, desc, eq, inArray } from "drizzle-orm";
import { OPEN_WEIGHT_CLASSES, type LicenceClass } from "@/lib/domain";
import type { CompareModel, CompareScore } from "@/lib/compare/build-compare-table";
import type { SnapshotCoverage } from "@/lib/compare/select-snapshot";
import { parseSeriesKey, toSeriesKey } from "@/lib/models/series-key";
import type { KeyedRating } from "@/lib/models/build-rating-history";
import { getDb } from "../client";
import { frontiers, models, scores, snapshots, sources } from "../schema";
import { onBoard } from "./board";
import { getBoardToday } from "./board-today";
import { memoByDataVersion } from "./data-version";

export type CompareModelRow = CompareModel & { id: number };

/** Model facts for canonical slugs, in the order asked for. */
export function getCompareModels(slugs: readonly string[]): CompareModelRow[] {
  if (slugs.length === 0) return [];
  const rows = getDb()
    .select({
      id: models.id,
      slug: models.slug,
      name: models.displayName,
      organization: models.organization,
      licenceClass: models.licenceClass,
    })
    .from(models)
    .where(inArray(models.slug, [...slugs]))
    .all();
  return slugs.flatMap((s) => rows.filter((r) => r.slug === s));
}

/** For every snapshot rating any of the models: how many of them it rates. */
export function getSnapshotCoverage(modelIds: readonly number[]): SnapshotCoverage[] {
  if (modelIds.length === 0) return [];
  return getDb()
    .select({
      snapshotId: scores.snapshotId,
      source: snapshots.sourceSlug,
      arena: snapshots.arena,
      styleControl: snapshots.styleControl,
      date: snapshots.publishedOn,
      priority: sources.priority,
      coverage: snapshots.coverage,
      modelCount: countDistinct(scores.modelId),
    })
    .from(scores)
    .innerJoin(snapshots, eq(snapshots.id, scores.snapshotId))
    .innerJoin(sources, eq(sources.slug, snapshots.sourceSlug))
    .where(inArray(scores.modelId, [...modelIds]))
    .groupBy(scores.snapshotId)
    .all()
    .map(({ source, arena, styleControl, ...r }) => ({
      ...r,
      board: toSeriesKey({ source, arena, styleControl }),
    }));
}

/** The models' ratings in one snapshot, every category. */
export function getSnapshotScores(snapshotId: number, modelIds: readonly number[]): CompareScore[] {
  if (modelIds.length === 0) return [];
  return getDb()
    .select({
      slug: models.slug,
      category: scores.category,
      rating: scores.rating,
      lower: scores.lower,
      upper: scores.upper,
    })
    .from(scores)
    .innerJoin(models, eq(models.id, scores.modelId))
    .where(and(eq(scores.snapshotId, snapshotId), inArray(scores.modelId, [...modelIds])))
    .all();
}

/** The models' ratings in one category across every snapshot of one board (key = model slug). */
export function getBoardHistory(
  board: string,
  category: string,
  modelIds: readonly number[],
): KeyedRating[] {
  const b = parseSeriesKey(board);
  if (!b || modelIds.length === 0) return [];
  return getDb()
    .select({
      key: models.slug,
      date: snapshots.publishedOn,
      rating: scores.rating,
      lower: scores.lower,
      upper: scores.upper,
    })
    .from(scores)
    .innerJoin(snapshots, eq(snapshots.id, scores.snapshotId))
    .innerJoin(models, eq(models.id, scores.modelId))
    .where(
      and(
        inArray(scores.modelId, [...modelIds]),
        eq(scores.category, category),
        eq(snapshots.sourceSlug, b.source),
        onBoard(b),
      ),
    )
    .all();
}

export function getSourceNames(): Record<string, string> {
  return memoByDataVersion("source-names", () =>
    Object.fromEntries(
      getDb()
        .select({ slug: sources.slug, name: sources.name })
        .from(sources)
        .all()
        .map((s) => [s.slug, s.name]),
    ),
  );
}

export interface Leader {
  slug: string;
  name: string;
  licenceClass: LicenceClass;
  rating: number;
  date: string;
  source: string;
}

/** The best proprietary and best open-weight model on today's text board (lib/today). */
export function getCurrentLeaders(): Leader[] {
  return memoByDataVersion("current-leaders", () => {
    const today = getBoardToday({ arena: "text", styleControl: false });
    if (!today) return [];
    const rows = getDb()
      .select({
        slug: models.slug,
        name: models.displayName,
        licenceClass: frontiers.licenceClass,
        rating: frontiers.rating,
      })
      .from(frontiers)
      .innerJoin(models, eq(models.id, frontiers.modelId))
      .where(and(eq(frontiers.snapshotId, today.id), eq(frontiers.category, "overall")))
      .orderBy(desc(frontiers.rating))
      .all()
      .map((r) => ({ ...r, date: today.date, source: today.source }));
    const closed = rows.find((r) => r.licenceClass === "proprietary");
    const best = rows.find((r) =>
      (OPEN_WEIGHT_CLASSES as readonly string[]).includes(r.licenceClass),
    );
    return [closed, best].filter((r): r is Leader => !!r);
  });
}

import "server-only";
import { inArray, sql } from "drizzle-orm";
import { OPEN_WEIGHT_CLASSES, type Arena, type LicenceClass } from "@/lib/domain";
import type { CompareModel, CompareScore } from "@/lib/compare/build-compare-table";
import type { SnapshotCoverage } from "@/lib/compare/select-snapshot";
import { parseBoardKey, toBoardKey } from "@/lib/models/board-key";
import type { KeyedRating } from "@/lib/models/build-rating-history";
import { getDb } from "../client";
import { models, sources } from "../schema";
import { memoByDataVersion } from "./data-version";

export type CompareModelRow = CompareModel & { id: number };

const ids = (list: readonly number[]) =>
  sql.join(
    list.map((id) => sql`${id}`),
    sql`, `,
  );

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
    .all<{ source: string; arena: Arena; sc: number } & Omit<SnapshotCoverage, "board">>(
      sql`SELECT q.snapshotId, n.source_slug AS source, n.arena, n.style_control AS sc,
        n.published_on AS date, s.priority, n.coverage, q.modelCount
      FROM (SELECT snapshot_id AS snapshotId, count(DISTINCT model_id) AS modelCount FROM scores
            WHERE model_id IN (${ids(modelIds)}) GROUP BY snapshot_id) q
      JOIN snapshots n ON n.id = q.snapshotId JOIN sources s ON s.slug = n.source_slug`,
    )
    .map(({ source, arena, sc, ...r }) => ({
      ...r,
      board: toBoardKey({ source, arena, styleControl: sc === 1 }),
    }));
}

/** The models' ratings in one snapshot, every category. */
export function getSnapshotScores(snapshotId: number, modelIds: readonly number[]): CompareScore[] {
  if (modelIds.length === 0) return [];
  return getDb().all<CompareScore>(sql`
    SELECT m.slug, x.category, x.rating, x.lower, x.upper
    FROM scores x JOIN models m ON m.id = x.model_id
    WHERE x.snapshot_id = ${snapshotId} AND x.model_id IN (${ids(modelIds)})`);
}

/** The models' ratings in one category across every snapshot of one board (key = model slug). */
export function getBoardHistory(
  board: string,
  category: string,
  modelIds: readonly number[],
): KeyedRating[] {
  const b = parseBoardKey(board);
  if (!b || modelIds.length === 0) return [];
  return getDb().all<KeyedRating>(sql`
    SELECT m.slug AS key, n.published_on AS date, x.rating, x.lower, x.upper
    FROM scores x JOIN snapshots n ON n.id = x.snapshot_id JOIN models m ON m.id = x.model_id
    WHERE x.model_id IN (${ids(modelIds)}) AND x.category = ${category}
      AND n.source_slug = ${b.source} AND n.arena = ${b.arena} AND n.style_control = ${b.styleControl ? 1 : 0}`);
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

/** The best proprietary and best open-weight model of the newest overall text snapshot with both. */
export function getCurrentLeaders(): Leader[] {
  return memoByDataVersion("current-leaders", () => {
    const open = sql.join(
      OPEN_WEIGHT_CLASSES.map((c) => sql`${c}`),
      sql`, `,
    );
    const rows = getDb().all<Leader & { snapshotId: number }>(sql`
      WITH pick AS (
        SELECT n.id FROM snapshots n JOIN sources s ON s.slug = n.source_slug
        WHERE n.arena = 'text' AND n.style_control = 0
          AND EXISTS (SELECT 1 FROM frontiers f WHERE f.snapshot_id = n.id AND f.category = 'overall'
                      AND f.licence_class = 'proprietary')
          AND EXISTS (SELECT 1 FROM frontiers f WHERE f.snapshot_id = n.id AND f.category = 'overall'
                      AND f.licence_class IN (${open}))
        ORDER BY n.published_on DESC, s.priority LIMIT 1)
      SELECT f.snapshot_id AS snapshotId, m.slug, m.display_name AS name, f.licence_class AS licenceClass,
        f.rating, n.published_on AS date, n.source_slug AS source
      FROM frontiers f JOIN pick ON pick.id = f.snapshot_id
      JOIN snapshots n ON n.id = f.snapshot_id JOIN models m ON m.id = f.model_id
      WHERE f.category = 'overall' ORDER BY f.rating DESC`);
    const closed = rows.find((r) => r.licenceClass === "proprietary");
    const best = rows.find((r) =>
      (OPEN_WEIGHT_CLASSES as readonly string[]).includes(r.licenceClass),
    );
    return [closed, best].filter((r): r is Leader & { snapshotId: number } => !!r);
  });
}

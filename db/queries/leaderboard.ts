import "server-only";
import { sql } from "drizzle-orm";
import type { Arena } from "@/lib/domain";
import type { BoardSource } from "@/lib/leaderboard/pick-default-source";
import type { BoardEntry, SnapshotRef } from "@/lib/leaderboard/types";
import { slugify } from "@/lib/url/slugify";
import { getDb } from "../client";
import { memoByDataVersion } from "./data-version";

export interface Board {
  arena: Arena;
  styleControl: boolean;
}

export interface Facet {
  slug: string;
  /** Every stored spelling behind the slug ("Apache 2.0", "Apache-2.0"). */
  labels: string[];
}

const onBoard = (b: Board) =>
  sql`n.arena = ${b.arena} AND n.style_control = ${b.styleControl ? 1 : 0} AND n.score_count > 0`;

/** Boards (arena × style control) that hold any ratings. */
export function getLeaderboardBoards(): Board[] {
  return memoByDataVersion("lb:boards", () =>
    getDb()
      .all<{ arena: Arena; sc: number }>(
        sql`SELECT DISTINCT arena, style_control AS sc FROM snapshots WHERE score_count > 0 ORDER BY arena, sc`,
      )
      .map((r) => ({ arena: r.arena, styleControl: r.sc === 1 })),
  );
}

/** Sources with snapshots of one board, and whether their newest one publishes intervals. */
export function getBoardSources(b: Board): BoardSource[] {
  return memoByDataVersion(`lb:sources:${b.arena}:${b.styleControl}`, () =>
    getDb()
      .all<Omit<BoardSource, "hasIntervals"> & { latestId: number }>(
        sql`
        SELECT s.slug, s.name, s.homepage, s.priority, count(*) AS snapshotCount,
               min(n.published_on) AS firstDate, max(n.published_on) AS lastDate,
               (SELECT n2.id FROM snapshots n2 WHERE n2.source_slug = s.slug AND n2.arena = ${b.arena}
                  AND n2.style_control = ${b.styleControl ? 1 : 0} AND n2.score_count > 0
                ORDER BY n2.published_on DESC LIMIT 1) AS latestId
        FROM snapshots n JOIN sources s ON s.slug = n.source_slug
        WHERE ${onBoard(b)}
        GROUP BY s.slug ORDER BY s.priority`,
      )
      .map(({ latestId, ...s }) => ({ ...s, hasIntervals: hasIntervals(latestId) })),
  );
}

// One indexed probe on the scores primary key (snapshot_id first).
function hasIntervals(snapshotId: number): boolean {
  return Boolean(
    getDb().get<{ x: number }>(
      sql`SELECT 1 AS x FROM scores WHERE snapshot_id = ${snapshotId} AND lower IS NOT NULL LIMIT 1`,
    ),
  );
}

/** Every snapshot of one source on one board, oldest first: the time-travel axis. */
export function getBoardSnapshots(source: string, b: Board): SnapshotRef[] {
  return memoByDataVersion(`lb:snaps:${source}:${b.arena}:${b.styleControl}`, () =>
    getDb().all<SnapshotRef>(sql`
      SELECT n.id, n.published_on AS date, n.origin FROM snapshots n
      WHERE n.source_slug = ${source} AND ${onBoard(b)} ORDER BY n.published_on`),
  );
}

/** Categories rated in one snapshot, with how many models each has. */
export function getSnapshotCategories(snapshotId: number): { slug: string; count: number }[] {
  return memoByDataVersion(`lb:cats:${snapshotId}`, () =>
    getDb().all<{ slug: string; count: number }>(sql`
      SELECT category AS slug, count(*) AS count FROM scores WHERE snapshot_id = ${snapshotId}
      GROUP BY category ORDER BY count DESC, category`),
  );
}

/** One snapshot's ratings in one category with the model facts: a primary-key range read. */
export function getBoardEntries(snapshotId: number, category: string): BoardEntry[] {
  return memoByDataVersion(`lb:entries:${snapshotId}:${category}`, () =>
    getDb().all<BoardEntry>(sql`
      SELECT m.id AS modelId, m.slug, m.display_name AS name, m.organization, m.licence,
             m.licence_class AS licenceClass, x.rating, x.lower, x.upper, x.votes,
             x.rank AS sourceRank, m.release_date AS releaseDate, m.parameters_b AS parametersB,
             m.active_parameters_b AS activeParametersB, m.context_window AS contextWindow,
             m.input_price_per_m AS inputPricePerM, m.output_price_per_m AS outputPricePerM
      FROM scores x JOIN models m ON m.id = x.model_id
      WHERE x.snapshot_id = ${snapshotId} AND x.category = ${category}`),
  );
}

/** Every licence and organisation slug any model has, so a link is only rejected for a typo. */
export function getFacetVocabulary(): { licences: Facet[]; organizations: Facet[] } {
  return memoByDataVersion("lb:vocab", () => {
    const rows = getDb().all<{ organization: string | null; licence: string | null }>(
      sql`SELECT DISTINCT organization, licence FROM models`,
    );
    return {
      licences: toFacets(rows.map((r) => r.licence)),
      organizations: toFacets(rows.map((r) => r.organization)),
    };
  });
}

function toFacets(labels: (string | null)[]): Facet[] {
  const bySlug = new Map<string, Facet>();
  for (const label of labels) {
    if (!label) continue;
    const slug = slugify(label);
    if (!slug) continue;
    const f = bySlug.get(slug) ?? { slug, labels: [] };
    if (!f.labels.includes(label)) f.labels.push(label);
    bySlug.set(slug, f);
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

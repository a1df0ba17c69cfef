import "server-only";
import { and, asc, count, desc, eq, exists, gt, inArray, lt, sql } from "drizzle-orm";
import type { BoardSource } from "@/lib/leaderboard/pick-default-source";
import type { BoardEntry, SnapshotRef } from "@/lib/leaderboard/types";
import { slugify } from "@/lib/url/slugify";
import { getDb } from "../client";
import { models, scores, snapshots, sources } from "../schema";
import { onBoard, type BoardRef } from "./board";
import { getBoardSnapshotList } from "./board-today";
import { memoByDataVersion } from "./data-version";

export type Board = BoardRef;

export interface Facet {
  slug: string;
  /** Every stored spelling behind the slug ("Apache 2.0", "Apache-2.0"). */
  labels: string[];
}

/** Boards (arena × style control) that hold any ratings. */
export function getLeaderboardBoards(): Board[] {
  return memoByDataVersion("lb:boards", () =>
    getDb()
      .selectDistinct({ arena: snapshots.arena, styleControl: snapshots.styleControl })
      .from(snapshots)
      .where(gt(snapshots.scoreCount, 0))
      .orderBy(asc(snapshots.arena), asc(snapshots.styleControl))
      .all(),
  );
}

/** Sources with snapshots of one board, and whether their newest one publishes intervals. */
export function getBoardSources(b: Board): BoardSource[] {
  return memoByDataVersion(`lb:sources:${b.arena}:${b.styleControl}`, () => {
    const homepage = new Map(
      getDb()
        .select({ slug: sources.slug, homepage: sources.homepage })
        .from(sources)
        .all()
        .map((s) => [s.slug, s.homepage]),
    );
    const bySource = new Map<string, BoardSource>();
    // Oldest first, so the last snapshot seen of a source is its newest.
    for (const s of getBoardSnapshotList(b)) {
      const seen = bySource.get(s.source);
      bySource.set(s.source, {
        slug: s.source,
        name: s.sourceName,
        homepage: homepage.get(s.source) ?? "",
        priority: s.priority,
        snapshotCount: (seen?.snapshotCount ?? 0) + 1,
        firstDate: seen?.firstDate ?? s.date,
        lastDate: s.date,
        hasIntervals: s.hasIntervals,
      });
    }
    return [...bySource.values()].sort((x, y) => x.priority - y.priority);
  });
}

/** Every snapshot of one source on one board, oldest first: the time-travel axis. */
export function getBoardSnapshots(source: string, b: Board): SnapshotRef[] {
  return memoByDataVersion(`lb:snaps:${source}:${b.arena}:${b.styleControl}`, () =>
    getDb()
      .select({ id: snapshots.id, date: snapshots.publishedOn, origin: snapshots.origin })
      .from(snapshots)
      .where(and(eq(snapshots.sourceSlug, source), onBoard(b)))
      .orderBy(asc(snapshots.publishedOn))
      .all(),
  );
}

/**
 * Which of the models were rated on an earlier snapshot of this source and board (any category):
 * a deeper read brings those back into view, it does not make them new.
 */
export function getModelsSeenBefore(
  source: string,
  b: Board,
  before: string,
  modelIds: readonly number[],
): Set<number> {
  if (modelIds.length === 0) return new Set();
  // Driven by the models (scores_model_idx), each score's snapshot checked by primary key: the
  // cost follows these models' ratings, not every earlier snapshot's whole board (a join from
  // snapshots read 470 boards at 10× the history: 21 ms, against 2 ms at 1×).
  const earlier = getDb()
    .select({ one: sql`1` })
    .from(snapshots)
    .where(
      and(
        eq(snapshots.id, scores.snapshotId),
        eq(snapshots.sourceSlug, source),
        onBoard(b),
        lt(snapshots.publishedOn, before),
      ),
    );
  const rows = getDb()
    .selectDistinct({ modelId: scores.modelId })
    .from(scores)
    .where(and(inArray(scores.modelId, [...modelIds]), exists(earlier)))
    .all();
  return new Set(rows.flatMap((r) => (r.modelId === null ? [] : [r.modelId])));
}

/** Categories rated in one snapshot, with how many models each has. */
export function getSnapshotCategories(snapshotId: number): { slug: string; count: number }[] {
  return memoByDataVersion(`lb:cats:${snapshotId}`, () =>
    getDb()
      .select({ slug: scores.category, count: count() })
      .from(scores)
      .where(eq(scores.snapshotId, snapshotId))
      .groupBy(scores.category)
      .orderBy(desc(count()), asc(scores.category))
      .all(),
  );
}

/** One snapshot's ratings in one category with the model facts: a primary-key range read. */
export function getBoardEntries(snapshotId: number, category: string): BoardEntry[] {
  return memoByDataVersion(`lb:entries:${snapshotId}:${category}`, () =>
    getDb()
      .select({
        modelId: models.id,
        slug: models.slug,
        name: models.displayName,
        organization: models.organization,
        licence: models.licence,
        licenceClass: models.licenceClass,
        rating: scores.rating,
        lower: scores.lower,
        upper: scores.upper,
        votes: scores.votes,
        sourceRank: scores.rank,
        releaseDate: models.releaseDate,
        parametersB: models.parametersB,
        activeParametersB: models.activeParametersB,
        contextWindow: models.contextWindow,
        inputPricePerM: models.inputPricePerM,
        outputPricePerM: models.outputPricePerM,
      })
      .from(scores)
      .innerJoin(models, eq(models.id, scores.modelId))
      .where(and(eq(scores.snapshotId, snapshotId), eq(scores.category, category)))
      .all(),
  );
}

/** Every licence and organisation slug any model has, so a link is only rejected for a typo. */
export function getFacetVocabulary(): { licences: Facet[]; organizations: Facet[] } {
  return memoByDataVersion("lb:vocab", () => {
    const rows = getDb()
      .selectDistinct({ organization: models.organization, licence: models.licence })
      .from(models)
      .all();
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

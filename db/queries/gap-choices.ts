import "server-only";
import { and, asc, count, countDistinct, desc, eq, exists, gt, sql } from "drizzle-orm";
import type { Arena } from "@/lib/domain";
import { slugify } from "@/lib/url/slugify";
import { getDb } from "../client";
import { frontiers, models as modelsTable, scores, snapshots, sources } from "../schema";
import { onBoard } from "./board";
import { memoByDataVersion } from "./data-version";

export interface Choice {
  slug: string;
  label: string;
  count: number;
  /** Every stored spelling behind this slug ("Apache 2.0", "Apache-2.0"). */
  labels: string[];
}

export interface BoardChoices {
  categories: Choice[];
  sources: Choice[];
  licences: (Choice & { licenceClass: string })[];
  organizations: Choice[];
  /** Boards (arena × style control) that have any data. */
  boards: { arena: Arena; styleControl: boolean }[];
}

/** What the filters can offer for one board; computed once per data version. */
export function getBoardChoices(arena: Arena, styleControl: boolean): BoardChoices {
  return memoByDataVersion(`choices:${arena}:${styleControl}`, () => {
    const db = getDb();
    const board = onBoard({ arena, styleControl });
    const categories = db
      .select({ slug: frontiers.category, count: countDistinct(frontiers.snapshotId) })
      .from(frontiers)
      .innerJoin(snapshots, eq(snapshots.id, frontiers.snapshotId))
      .where(board)
      .groupBy(frontiers.category)
      .orderBy(desc(countDistinct(frontiers.snapshotId)), asc(frontiers.category))
      .all();
    const sourceRows = db
      .select({ slug: sources.slug, label: sources.name, count: count() })
      .from(snapshots)
      .innerJoin(sources, eq(sources.slug, snapshots.sourceSlug))
      .where(board)
      .groupBy(sources.slug)
      .orderBy(asc(sources.priority))
      .all();
    // Per model, stop at its first rating on this board (scores' model index) rather than
    // reading every rating of the board: cost follows the models, not the length of history.
    const onThisBoard = exists(
      db
        .select({ one: sql`1` })
        .from(scores)
        .innerJoin(snapshots, eq(snapshots.id, scores.snapshotId))
        .where(and(eq(scores.modelId, modelsTable.id), board)),
    );
    const models = db
      .select({
        organization: modelsTable.organization,
        licence: modelsTable.licence,
        cls: modelsTable.licenceClass,
        n: count(),
      })
      .from(modelsTable)
      .where(onThisBoard)
      .groupBy(modelsTable.organization, modelsTable.licence, modelsTable.licenceClass)
      .all();
    return {
      categories: categories.map((c) => ({ ...c, label: c.slug, labels: [c.slug] })),
      sources: sourceRows.map((s) => ({ ...s, labels: [s.label] })),
      licences: tally(
        models.filter((m) => m.cls !== "proprietary" && m.licence),
        (m) => m.licence ?? "",
      ).map((c) => ({
        ...c,
        licenceClass: models.find((m) => m.licence === c.label)?.cls ?? "unknown",
      })),
      organizations: tally(
        models.filter((m) => m.organization),
        (m) => m.organization ?? "",
      ),
      boards: db
        .selectDistinct({ arena: snapshots.arena, styleControl: snapshots.styleControl })
        .from(snapshots)
        .where(gt(snapshots.scoreCount, 0))
        .orderBy(asc(snapshots.arena))
        .all(),
    };
  });
}

function tally<T extends { n: number }>(rows: T[], labelOf: (r: T) => string): Choice[] {
  const bySlug = new Map<string, Choice>();
  for (const r of rows) {
    const label = labelOf(r);
    const slug = slugify(label);
    const c = bySlug.get(slug) ?? { slug, label, count: 0, labels: [] };
    c.count += r.n;
    if (!c.labels.includes(label)) c.labels.push(label);
    bySlug.set(slug, c);
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

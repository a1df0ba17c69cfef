import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Arena } from "@/lib/domain";
import { MIN_BOARD_MODELS } from "@/lib/wizard/task-boards";
import type { TaskBoardScore, ModelRow } from "@/lib/wizard/types";
import { getDb } from "../client";
import { models, scores as scoresTable, snapshots, sources } from "../schema";
import { memoByDataVersion } from "./data-version";

export interface WizardSnapshot {
  id: number;
  source: string;
  sourceName: string;
  date: string;
  styleControl: boolean;
  modelCount: number;
}

/**
 * One snapshot of one source per board, so every rating and gap on the result shares a scale:
 * the newest complete snapshot rating at least MIN_BOARD_MODELS models in the category (the
 * board's "today", as on every page), else the newest complete one.
 */
export function getWizardBoard(
  arena: Arena,
  category: string,
): { snapshot: WizardSnapshot; scores: TaskBoardScore[] } | null {
  return memoByDataVersion(`wizard-board:${arena}:${category}`, () => {
    const db = getDb();
    const modelCount = count();
    const snapshot = db
      .select({
        id: snapshots.id,
        source: snapshots.sourceSlug,
        sourceName: sources.name,
        date: snapshots.publishedOn,
        styleControl: snapshots.styleControl,
        modelCount,
      })
      .from(scoresTable)
      .innerJoin(snapshots, eq(snapshots.id, scoresTable.snapshotId))
      .innerJoin(sources, eq(sources.slug, snapshots.sourceSlug))
      .where(
        and(
          eq(scoresTable.category, category),
          eq(snapshots.arena, arena),
          eq(snapshots.coverage, "complete"),
        ),
      )
      .groupBy(snapshots.id)
      .orderBy(
        desc(sql`${modelCount} >= ${MIN_BOARD_MODELS}`),
        desc(snapshots.publishedOn),
        desc(snapshots.styleControl),
        asc(sources.priority),
        desc(modelCount),
      )
      .limit(1)
      .get();
    if (!snapshot) return null;
    const scores = db
      .select({
        modelId: scoresTable.modelId,
        rating: scoresTable.rating,
        lower: scoresTable.lower,
        upper: scoresTable.upper,
      })
      .from(scoresTable)
      .where(and(eq(scoresTable.snapshotId, snapshot.id), eq(scoresTable.category, category)))
      .orderBy(desc(scoresTable.rating))
      .all()
      .filter((r): r is TaskBoardScore => r.modelId !== null);
    return { snapshot, scores };
  });
}

/** The facts the wizard needs about the models on the chosen boards. */
export function getWizardModels(ids: readonly number[]): ModelRow[] {
  if (ids.length === 0) return [];
  return getDb()
    .select({
      id: models.id,
      slug: models.slug,
      name: models.displayName,
      organization: models.organization,
      licence: models.licence,
      licenceClass: models.licenceClass,
      contextWindow: models.contextWindow,
      parametersB: models.parametersB,
      activeParametersB: models.activeParametersB,
      inputPricePerM: models.inputPricePerM,
      outputPricePerM: models.outputPricePerM,
    })
    .from(models)
    .where(inArray(models.id, [...ids]))
    .all();
}

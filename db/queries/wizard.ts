import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Arena } from "@/lib/domain";
import { MIN_BOARD_MODELS } from "@/lib/wizard/task-boards";
import type { BoardScore, ModelRow } from "@/lib/wizard/types";
import { getDb } from "../client";
import { models } from "../schema";
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
): { snapshot: WizardSnapshot; scores: BoardScore[] } | null {
  return memoByDataVersion(`wizard-board:${arena}:${category}`, () => {
    const db = getDb();
    const snapshot = db.get<WizardSnapshot | undefined>(sql`
      SELECT n.id, n.source_slug AS source, s.name AS sourceName, n.published_on AS date,
             n.style_control AS styleControl, count(*) AS modelCount
      FROM scores x
      JOIN snapshots n ON n.id = x.snapshot_id
      JOIN sources s ON s.slug = n.source_slug
      WHERE x.category = ${category} AND n.arena = ${arena} AND n.coverage = 'complete'
      GROUP BY n.id
      ORDER BY (count(*) >= ${MIN_BOARD_MODELS}) DESC, n.published_on DESC, n.style_control DESC,
               s.priority, count(*) DESC
      LIMIT 1`);
    if (!snapshot) return null;
    const scores = db.all<BoardScore>(sql`
      SELECT model_id AS modelId, rating, lower, upper FROM scores
      WHERE snapshot_id = ${snapshot.id} AND category = ${category}
      ORDER BY rating DESC`);
    return { snapshot: { ...snapshot, styleControl: Boolean(snapshot.styleControl) }, scores };
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

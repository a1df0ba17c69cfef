import "server-only";
import { and, eq } from "drizzle-orm";
import type { RatedOnBoard } from "@/lib/figures/compare-figure";
import { getDb } from "../client";
import { models, scores } from "../schema";

/** Every model's rating in one snapshot and category, with its class and availability date. */
export function getSnapshotRatings(snapshotId: number, category: string): RatedOnBoard[] {
  return getDb()
    .select({
      name: models.displayName,
      licenceClass: models.licenceClass,
      rating: scores.rating,
      availableFrom: models.availableFrom,
    })
    .from(scores)
    .innerJoin(models, eq(models.id, scores.modelId))
    .where(and(eq(scores.snapshotId, snapshotId), eq(scores.category, category)))
    .all();
}

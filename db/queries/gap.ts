import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Arena, LicenceClass } from "@/lib/domain";
import type { SnapshotFrontier } from "@/lib/gap/types";
import { getDb } from "../client";
import { frontiers, models, snapshots, sources } from "../schema";

/** Best model per licence class for every snapshot of one board (precomputed at ingest). */
export function getSnapshotFrontiers(opts: {
  category: string;
  arena: Arena;
  styleControl: boolean;
}): SnapshotFrontier[] {
  const rows = getDb()
    .select({
      snapshotId: snapshots.id,
      date: snapshots.publishedOn,
      source: snapshots.sourceSlug,
      sourcePriority: sources.priority,
      licenceClass: frontiers.licenceClass,
      slug: models.slug,
      name: models.displayName,
      organization: models.organization,
      rating: frontiers.rating,
      lower: frontiers.lower,
      upper: frontiers.upper,
    })
    .from(frontiers)
    .innerJoin(snapshots, eq(snapshots.id, frontiers.snapshotId))
    .innerJoin(sources, eq(sources.slug, snapshots.sourceSlug))
    .innerJoin(models, eq(models.id, frontiers.modelId))
    .where(
      and(
        eq(frontiers.category, opts.category),
        eq(snapshots.arena, opts.arena),
        eq(snapshots.styleControl, opts.styleControl),
      ),
    )
    .orderBy(asc(snapshots.publishedOn))
    .all();

  const bySnapshot = new Map<number, SnapshotFrontier>();
  for (const r of rows) {
    let s = bySnapshot.get(r.snapshotId);
    if (!s) {
      s = {
        snapshotId: r.snapshotId,
        date: r.date,
        source: r.source,
        sourcePriority: r.sourcePriority,
        best: {},
      };
      bySnapshot.set(r.snapshotId, s);
    }
    s.best[r.licenceClass as LicenceClass] = {
      slug: r.slug,
      name: r.name,
      organization: r.organization,
      licenceClass: r.licenceClass,
      rating: r.rating,
      lower: r.lower,
      upper: r.upper,
    };
  }
  return [...bySnapshot.values()];
}

import type { LicenceClass } from "@/lib/domain";
import type { GapPoint, RatedModel, SnapshotFrontier } from "./types";

/**
 * The gap within one snapshot: best proprietary minus best model among the classes counted as
 * open. Ratings are only ever compared inside their own snapshot, never across sources.
 */
export function computeGap(
  snapshot: SnapshotFrontier,
  openClasses: readonly LicenceClass[],
): GapPoint {
  const closed = snapshot.best.proprietary ?? null;
  const open = pickBest(
    openClasses.filter((c) => c !== "proprietary").map((c) => snapshot.best[c]),
  );
  const gap = open && closed ? closed.rating - open.rating : null;
  return {
    snapshotId: snapshot.snapshotId,
    date: snapshot.date,
    source: snapshot.source,
    coverage: snapshot.coverage,
    open,
    closed,
    gap,
    gapPct: gap !== null && open ? (gap / open.rating) * 100 : null,
    tied: open && closed ? intervalsOverlap(open, closed) : null,
  };
}

function pickBest(candidates: (RatedModel | undefined)[]): RatedModel | null {
  let best: RatedModel | null = null;
  for (const c of candidates) if (c && (!best || c.rating > best.rating)) best = c;
  return best;
}

function intervalsOverlap(a: RatedModel, b: RatedModel): boolean | null {
  if (a.lower === null || a.upper === null || b.lower === null || b.upper === null) return null;
  return a.lower <= b.upper && b.lower <= a.upper;
}

import type { LicenceClass } from "@/lib/domain";
import { computeGap } from "./compute-gap";
import { stitchSources } from "./stitch-sources";
import type { GapPoint, SnapshotFrontier } from "./types";

/**
 * The default timeline: every snapshot that has both an open and a proprietary model, one
 * source per stretch of time (see `stitchSources`), oldest first.
 */
export function buildGapTimeline(
  frontiers: readonly SnapshotFrontier[],
  openClasses: readonly LicenceClass[],
): GapPoint[] {
  const points = frontiers
    .map((f) => ({ ...computeGap(f, openClasses), sourcePriority: f.sourcePriority }))
    .filter((p) => p.gap !== null);
  return stitchSources(points).map(({ sourcePriority: _priority, ...p }) => p);
}

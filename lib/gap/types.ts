import type { LicenceClass } from "@/lib/domain";

export interface RatedModel {
  slug: string;
  name: string;
  organization: string | null;
  licenceClass: LicenceClass;
  rating: number;
  lower: number | null;
  upper: number | null;
}

/** One snapshot of one source with its best model per licence class (the `frontiers` table). */
export interface SnapshotFrontier {
  snapshotId: number;
  date: string;
  source: string;
  sourcePriority: number;
  best: Partial<Record<LicenceClass, RatedModel>>;
}

export interface GapPoint {
  snapshotId: number;
  date: string;
  source: string;
  open: RatedModel | null;
  closed: RatedModel | null;
  /** closed − open, in rating points of this snapshot's own scale. */
  gap: number | null;
  /** (closed − open) / open × 100, as in the Stanford AI Index 2025. */
  gapPct: number | null;
  /** Both 95% intervals known and overlapping. */
  tied: boolean | null;
}

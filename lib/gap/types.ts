import type { AvailabilityBasis, Coverage, LicenceClass } from "@/lib/domain";

export interface RatedModel {
  slug: string;
  name: string;
  organization: string | null;
  licenceClass: LicenceClass;
  rating: number;
  lower: number | null;
  upper: number | null;
}

/** A proprietary model that rated above every proprietary model available before it, in one snapshot. */
export interface ProprietaryStep {
  slug: string;
  name: string;
  availableFrom: string;
  basis: AvailabilityBasis;
  rating: number;
}

/** One snapshot of one source with its best model per licence class (the `frontiers` table). */
export interface SnapshotFrontier {
  snapshotId: number;
  date: string;
  source: string;
  sourcePriority: number;
  coverage: Coverage;
  best: Partial<Record<LicenceClass, RatedModel>>;
  /** The proprietary frontier over time within this snapshot, oldest first (`proprietary_steps`). */
  steps: ProprietaryStep[];
}

export interface GapPoint {
  snapshotId: number;
  date: string;
  source: string;
  coverage: Coverage;
  open: RatedModel | null;
  closed: RatedModel | null;
  /** closed − open, in rating points of this snapshot's own scale. */
  gap: number | null;
  /** (closed − open) / open × 100, as in the Stanford AI Index 2025. */
  gapPct: number | null;
  /** Both 95% intervals known and overlapping. */
  tied: boolean | null;
}

/** Months behind within one snapshot (lib/gap/compute-months-behind.ts says how). */
export interface MonthsBehind {
  snapshotId: number;
  /** Days / 30.4375, one decimal; 0 when the open model leads; null without both sides. */
  monthsBehind: number | null;
  /** [fewest, most] from the open model's interval, where the source publishes one. */
  range: [number, number] | null;
  /** The reaching model was rated on the history's first day: read "≥ N months". */
  censored: boolean;
  reachedOn: string | null;
  reachedBy: string | null;
  reachedBasis: AvailabilityBasis | null;
  openLeads: boolean;
  /** Only proprietary models new in this snapshot are ahead, significantly: "under a month". */
  newLeaderOnly: boolean;
}

/** The gap at `to` against the gap `months` calendar months earlier (possibly another source). */
export interface GapChange {
  from: GapPoint;
  to: GapPoint;
  months: number;
  /** to.gap − from.gap: negative means the open models closed in. */
  points: number;
  /** to.gapPct − from.gapPct, in percentage points. */
  percentagePoints: number;
}

/** A stretch where two sources' within-snapshot gaps differ by more than a threshold. */
export interface SourceDisagreement {
  sources: [string, string];
  from: string;
  to: string;
  /** Largest |gap of sources[0] − gap of sources[1]| among the pairs in the stretch. */
  maxDifference: number;
  pairs: number;
  example: { a: GapPoint; b: GapPoint };
}

/** How well two sources agree where they overlap. */
export interface SourceOverlap {
  sources: [string, string];
  pairs: number;
  medianAbsDifference: number | null;
  from: string | null;
  to: string | null;
}

/** A widely known model release, for chart annotations. */
export interface NotableRelease {
  date: string;
  label: string;
  /** Weights published at release. */
  open: boolean;
  /** The vendor's own announcement. */
  source: string;
}

/** A documented change in how a source's numbers were produced, for chart annotations. */
export interface MethodChange {
  source: string;
  date: string;
  label: string;
  detail: string;
  /** Found by lib/gap/detect-method-changes.ts rather than documented by the source. */
  detected?: boolean;
}

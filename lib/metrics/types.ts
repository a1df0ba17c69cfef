import type { LicenceClass } from "@/lib/domain";
import type { MonthsBehind } from "@/lib/gap/types";
import type {
  MetricDateBasis,
  MetricDirection,
  OpennessBasis,
  StatedOpenness,
} from "./metric-domain";

/** What a metric is and under which terms its numbers may be shown (the `metrics` table). */
export interface MetricSummary {
  slug: string;
  name: string;
  shortName: string;
  description: string;
  unit: string;
  direction: MetricDirection;
  openOnly: boolean;
  source: string;
  sourceName: string;
  dataLicence: string;
  nonCommercial: boolean;
  attribution: string;
  homepage: string;
}

/** One export of one metric (the `metric_exports` table). */
export interface ExportSummary {
  id: number;
  exportedOn: string;
  label: string;
  origin: string;
  dropped: { key: string; reason: string }[];
}

/** A stored score with what OpenGap knows about its model (the licence review of a match). */
export interface MetricScorePoint {
  key: string;
  name: string;
  /** The published model name's slug; null when the source names no model. */
  nameSlug: string | null;
  /** The Arena model it was matched to, or null: listed, not guessed. */
  modelSlug: string | null;
  modelName: string | null;
  score: number;
  lower: number | null;
  upper: number | null;
  date: string | null;
  dateBasis: MetricDateBasis;
  organization: string | null;
  accessibility: string | null;
  openness: StatedOpenness | null;
  /** The matched model's derived licence class (lib/identity/licence-review). */
  licenceClass: LicenceClass | null;
}

export type Side = "open" | "closed";

/** A score placed on one side of the gap, saying who decided it and any reviewed date fix. */
export interface SidedScore extends MetricScorePoint {
  side: Side | null;
  sideBasis: OpennessBasis;
  /** The date as the source stated it, when a reviewed correction replaced it. */
  statedDate: string | null;
}

export interface MetricGapPoint {
  date: string;
  open: SidedScore | null;
  closed: SidedScore | null;
  /** Best closed − best open in the metric's unit, signed so that positive means closed ahead. */
  gap: number | null;
  /** Both have intervals and they overlap. */
  tied: boolean | null;
  behind: MonthsBehind | null;
}

export interface MetricSeries {
  metric: MetricSummary;
  export: ExportSummary;
  /** The date the latest point is read at: the export's date or its newest score, whichever is later. */
  asOf: string;
  /** One point per date on which a score in this export became available, oldest first. */
  points: MetricGapPoint[];
  latest: MetricGapPoint | null;
  /** Scores counted on neither side that beat the latest best open score: named, never guessed. */
  uncountedAhead: SidedScore[];
  counts: { open: number; closed: number; unknown: number; undated: number; unreleased: number };
  sideBases: Record<OpennessBasis, number>;
  corrections: { key: string; stated: string; date: string; reason: string }[];
}

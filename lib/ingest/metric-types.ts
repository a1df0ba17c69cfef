// The benchmark side of the adapter contract (lib/ingest/types.ts is the leaderboard side).
// A benchmark export is one download whose files refer to each other (Epoch's benchmark files
// take accessibility from the index file of the same export), so an adapter parses all of its
// files at once. Scores from different exports are never mixed in one computation.
import type { MetricDateBasis, MetricDirection, StatedOpenness } from "@/lib/metrics/metric-domain";
import type { SourceFile, SourceInfo } from "./types";

export interface MetricSourceInfo extends Omit<SourceInfo, "kind" | "priority" | "live"> {
  kind: "metrics";
  /** CC BY-NC and the like: shown next to every number and in every export. */
  nonCommercial: boolean;
  /** The credit line the licence asks for, shown wherever the numbers are. */
  attribution: string;
}

/** What one benchmark measures, as its publisher defines it. */
export interface MetricInfo {
  slug: string;
  name: string;
  /** Short label for chart titles and table headers. */
  shortName: string;
  /** "%" for accuracy or resolved rate, "ECI" for an index. */
  unit: string;
  direction: MetricDirection;
  description: string;
  /** Values outside this range are a broken file, not a result. */
  plausible: readonly [number, number];
  /** The source lists open models only: an open frontier, never a gap. */
  openOnly: boolean;
}

/** One score as the source states it. */
export interface MetricScoreRow {
  /** The source's own key for the row, unique within the export (a model id, a submission folder). */
  key: string;
  /** The name shown for the row (a model, or an agent system built on one). */
  name: string;
  /** The model's name as the source writes it, used to join Arena models; null when not stated. */
  model: string | null;
  score: number;
  /** 95% interval where the source gives an error (Epoch: mean ± 1.96 × stderr). */
  lower: number | null;
  upper: number | null;
  /** YYYY-MM-DD; null when the source gives no date (the score is kept, but not in a gap). */
  date: string | null;
  dateBasis: MetricDateBasis;
  organization: string | null;
  /** Accessibility in the source's own words ("Open weights (restricted use)", "os_model=True"). */
  accessibility: string | null;
  openness: StatedOpenness | null;
}

/** One metric within one export of one source. */
export interface ParsedMetricExport {
  metric: MetricInfo;
  /** The export's date (Epoch download, LiveBench release, SWE-bench commit), YYYY-MM-DD. */
  exportedOn: string;
  /** How the export is named where it is shown ("LiveBench release 2026-01-08"). */
  label: string;
  /** The files the numbers came from. */
  origin: string;
  scores: MetricScoreRow[];
  /** Rows left out on purpose, with the reason (a truncated row, an incomplete category). */
  dropped: readonly { key: string; reason: string }[];
}

export interface MetricSourceAdapter {
  info: MetricSourceInfo;
  /** Chooses, from a listing of the data folder (relative paths), the files this adapter reads. */
  selectFiles(listing: readonly string[]): string[];
  /** Parses the whole export; throws an IngestError naming file, row and field on bad input. */
  parse(files: readonly SourceFile[]): ParsedMetricExport[];
}

import type { LicenceClass } from "@/lib/domain";

/** One model's score in one snapshot and category, with the model facts the table shows. */
export interface BoardEntry {
  modelId: number;
  slug: string;
  name: string;
  organization: string | null;
  licence: string | null;
  licenceClass: LicenceClass;
  rating: number;
  lower: number | null;
  upper: number | null;
  votes: number | null;
  /** The rank as the source published it, when it did. */
  sourceRank: number | null;
  releaseDate: string | null;
  parametersB: number | null;
  activeParametersB: number | null;
  contextWindow: number | null;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
}

/** An entry placed on its board: rank and tier are computed over the whole snapshot, before filters. */
export interface RankedEntry extends BoardEntry {
  /** The source's rank, or 1 + the number of strictly higher ratings when it gives none. */
  rank: number;
  /** Statistical tier from overlapping 95% intervals; null when the entry has no interval. */
  tier: number | null;
}

/** A snapshot as the time-travel control knows it. */
export interface SnapshotRef {
  id: number;
  date: string;
  origin: string;
}

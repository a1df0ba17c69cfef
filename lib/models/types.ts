import type { RatedModel } from "@/lib/gap/types";

export type { RatedModel };

/** One rating of one model: where (board key), when and in which category. */
export interface SeriesRating {
  board: string;
  snapshotId: number;
  date: string;
  category: string;
  rating: number;
  lower: number | null;
  upper: number | null;
}

/** Every model rated in one category of one snapshot: what a model is compared against. */
export interface SnapshotField {
  board: string;
  snapshotId: number;
  date: string;
  entries: RatedModel[];
}

/** The best model of one licence class in one snapshot (a row of the `frontiers` table). */
export interface FrontierEntry {
  board: string;
  date: string;
  model: RatedModel;
}

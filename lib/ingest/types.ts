// The one contract every leaderboard source implements. Adapters are pure:
// they turn source files into rows in the project's own shape and never touch the database.
import type { Arena } from "@/lib/domain";

export interface SourceInfo {
  /** Stable slug used in the database, URLs and CLI (`--source`). */
  slug: string;
  name: string;
  /** Who published the numbers, for attribution. */
  publisher: string;
  /** Licence of the data as the upstream states it. */
  dataLicence: string;
  homepage: string;
  /** Folder name under `../shared/data` (or a mirror) holding this source's files. */
  dataDir: string;
  /** What one rating series of this source is; shown next to every number it supplies. */
  series: string;
  /**
   * Stitching preference when several sources cover the same dates (lower wins).
   * Metadata-only sources use Infinity.
   */
  priority: number;
  kind: "ratings" | "metadata";
}

/** One file of a source, path relative to the source's data folder. */
export interface SourceFile {
  path: string;
  text: string;
}

/** A rating as the source states it; `model` is the name exactly as the source writes it. */
export interface ScoreRow {
  model: string;
  category: string;
  rating: number;
  lower: number | null;
  upper: number | null;
  votes: number | null;
  rank: number | null;
}

/** What a source says about a model (any field it does not know is null). */
export interface ModelFact {
  name: string;
  /** Other names the source gives for the same model (e.g. an internal key next to a display name). */
  aliases: string[];
  organization: string | null;
  licence: string | null;
  openWeights: boolean | null;
  releaseDate: string | null;
  contextWindow: number | null;
  parametersB: number | null;
  activeParametersB: number | null;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
}

export interface ParsedSnapshot {
  arena: Arena;
  /** Leaderboard publish date (or the closest date the source gives), YYYY-MM-DD. */
  publishedOn: string;
  styleControl: boolean;
  /** File path or URL the numbers came from. */
  origin: string;
  scores: ScoreRow[];
  models: ModelFact[];
}

export interface SourceAdapter {
  info: SourceInfo;
  /** Chooses, from a listing of the data folder (relative paths), the files this adapter reads. */
  selectFiles(listing: readonly string[]): string[];
  /** Parses one file. Throws `IngestError` naming file, row and field on bad input. */
  parse(file: SourceFile): ParsedSnapshot[];
}

// The one contract every leaderboard source implements. Adapters are pure:
// they turn source files into rows in the project's own shape and never touch the database.
import type { Arena, Coverage } from "@/lib/domain";

export interface SourceInfo {
  /** Stable slug used in the database, URLs and CLI (`--source`). */
  slug: string;
  name: string;
  /** Who published the numbers, for attribution. */
  publisher: string;
  /** Licence of the data as the upstream states it. */
  dataLicence: string;
  homepage: string;
  /**
   * Folder under `../shared/data` (or a mirror) holding this source's files; a source whose
   * history is spread over collectors lists every folder. File paths are relative to their folder.
   */
  dataDir: string | readonly string[];
  /** What one rating series of this source is; shown next to every number it supplies. */
  series: string;
  /**
   * Stitching preference when several sources cover the same dates (lower wins).
   * Metadata-only sources use Infinity.
   */
  priority: number;
  kind: "ratings" | "metadata";
  /** Where the live data is; absent for frozen backfill sources that are read with `--dir`. */
  live?: LiveSpec;
}

export interface LiveSpec {
  /** Environment variable that overrides the base URL, so a mirror can stand in. */
  envVar: string;
  defaultUrl: string;
}

/** One file of a source, path relative to the source's data folder (or the URL it came from). */
export interface SourceFile {
  path: string;
  text: string;
  /** Raw bytes for binary formats (Parquet); `text` is empty then. */
  bytes?: Uint8Array;
}

/** The guarded HTTP client adapters fetch through (timeouts, size cap, redirect-loop check). */
export interface HttpClient {
  getText(url: string): Promise<string>;
  getBytes(url: string): Promise<Uint8Array>;
  /** Like getText, but a 404 is `null` (for files a source publishes only sometimes). */
  getOptionalText(url: string): Promise<string | null>;
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
  /** Whether this is the whole board, a scraper's top rows, or a per-lab flagship series. */
  coverage: Coverage;
  /** File path or URL the numbers came from. */
  origin: string;
  scores: ScoreRow[];
  models: ModelFact[];
}

export interface SourceAdapter {
  info: SourceInfo;
  /** Chooses, from a listing of the data folder (relative paths), the files this adapter reads. */
  selectFiles(listing: readonly string[]): string[];
  /**
   * Parses one file. Throws (or rejects with) `IngestError` naming file, row and field on bad
   * input. Async only where the format needs it (Parquet: hyparquet reads asynchronously).
   */
  parse(file: SourceFile): ParsedSnapshot[] | Promise<ParsedSnapshot[]>;
  /**
   * Live sources: downloads the current files from `baseUrl` (the env/CLI URL or the default),
   * named with paths `parse` understands. Throws on any failed download: all or nothing.
   */
  fetchFiles?(baseUrl: string, http: HttpClient): Promise<SourceFile[]>;
  /**
   * Sources whose files overlap (a daily scrape re-reading an unchanged board, two copies of one
   * dataset) reconcile the snapshots of all files here, once they are all parsed.
   */
  combine?(parsed: ParsedSnapshot[]): ParsedSnapshot[];
}

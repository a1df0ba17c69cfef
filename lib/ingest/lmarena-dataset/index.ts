import { IngestError } from "../ingest-error";
import type { ParsedSnapshot, SourceAdapter, SourceFile } from "../types";
import { fetchFiles } from "./fetch-files";
import { info } from "./info";
import { parseLeaderboardCsv } from "./parse-leaderboard-csv";
import { parseLeaderboardParquet } from "./parse-leaderboard-parquet";
import { selectFiles } from "./select-files";
import { CSV_PATTERN, isSubsetName, SHARD_PATTERN, SUBSETS } from "./subsets";

/** The subset in the path says which board a file is (`text_style_control` → text, SC). */
async function parse(file: SourceFile): Promise<ParsedSnapshot[]> {
  const isCsv = CSV_PATTERN.test(file.path);
  const subset = (isCsv ? CSV_PATTERN : SHARD_PATTERN).exec(file.path)?.[1];
  if (subset === undefined || !isSubsetName(subset)) {
    const known = Object.keys(SUBSETS).join(", ");
    const message = subset
      ? `unknown subset "${subset}" (known: ${known})`
      : "expected <subset>/<latest|full>-NNNNN-of-NNNNN.parquet or <subset>.csv";
    throw new IngestError({ source: info.slug, origin: file.path, message });
  }
  return isCsv
    ? parseLeaderboardCsv(file, SUBSETS[subset])
    : parseLeaderboardParquet(file, SUBSETS[subset]);
}

const keyOf = (s: ParsedSnapshot) => `${s.arena}|${s.styleControl}|${s.publishedOn}`;

/**
 * Where a Parquet shard (LMArena's own file) and a CSV copy both hold a board and date, the
 * shard's snapshot stands; shards of one split that share a date are all kept, to be merged.
 */
function combine(parsed: ParsedSnapshot[]): ParsedSnapshot[] {
  const fromShards = new Set(parsed.filter((s) => !CSV_PATTERN.test(s.origin)).map(keyOf));
  return parsed.filter((s) => !CSV_PATTERN.test(s.origin) || !fromShards.has(keyOf(s)));
}

export const lmarenaDatasetAdapter = {
  info,
  selectFiles,
  parse,
  fetchFiles,
  combine,
} satisfies SourceAdapter;

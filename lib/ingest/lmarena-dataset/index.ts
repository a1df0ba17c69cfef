import { IngestError } from "../ingest-error";
import type { ParsedSnapshot, SourceAdapter, SourceFile } from "../types";
import { fetchFiles } from "./fetch-files";
import { info } from "./info";
import { parseLeaderboardParquet } from "./parse-leaderboard-parquet";
import { selectFiles } from "./select-files";
import { isSubsetName, SHARD_PATTERN, SUBSETS } from "./subsets";

/** The subset folder in the path says which board a shard is (`text_style_control` → text, SC). */
async function parse(file: SourceFile): Promise<ParsedSnapshot[]> {
  const subset = SHARD_PATTERN.exec(file.path)?.[1];
  if (subset === undefined || !isSubsetName(subset)) {
    const known = Object.keys(SUBSETS).join(", ");
    const message = subset
      ? `unknown subset "${subset}" (known: ${known})`
      : "expected <subset>/<latest|full>-NNNNN-of-NNNNN.parquet";
    throw new IngestError({ source: info.slug, origin: file.path, message });
  }
  return parseLeaderboardParquet(file, SUBSETS[subset]);
}

export const lmarenaDatasetAdapter = {
  info,
  selectFiles,
  parse,
  fetchFiles,
} satisfies SourceAdapter;

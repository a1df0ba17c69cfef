import { IngestError } from "../ingest-error";
import type { HttpClient, SourceFile } from "../types";
import { info } from "./info";
import { SPLITS, SUBSETS, toShardPath, type SplitName, type SubsetName } from "./subsets";

/** `latest` for the daily run; `full` to backfill every publish date. */
export const SPLIT_ENV_VAR = "OPENGAP_LMARENA_DATASET_SPLIT";

/**
 * Downloads the chosen split of every subset. All four are required: a missing one (404) fails
 * the run rather than silently dropping an arena. Each split is one shard on Hugging Face today;
 * if one is ever re-sharded, its `-00000-of-00001` URL 404s and the run fails loudly.
 */
export async function fetchFiles(baseUrl: string, http: HttpClient): Promise<SourceFile[]> {
  const split = readSplit();
  const base = baseUrl.replace(/\/+$/, "");
  const subsets = Object.keys(SUBSETS) as SubsetName[];
  return Promise.all(
    subsets.map(async (subset) => {
      const path = toShardPath(subset, split);
      return { path, text: "", bytes: await http.getBytes(`${base}/${path}`) };
    }),
  );
}

function readSplit(): SplitName {
  const raw = process.env[SPLIT_ENV_VAR]?.trim() || "latest";
  const split = SPLITS.find((s) => s === raw);
  if (split) return split;
  throw new IngestError({
    source: info.slug,
    origin: `environment variable ${SPLIT_ENV_VAR}`,
    field: SPLIT_ENV_VAR,
    message: `expected "latest" or "full", got "${raw}"`,
  });
}

import type { ParsedSnapshot, SourceAdapter, SourceFile } from "./types";

/**
 * Parses every file of a source, then lets the adapter reconcile overlapping files. The first bad
 * file throws, so nothing partial reaches the writer.
 */
export async function parseSourceFiles(
  adapter: SourceAdapter,
  files: readonly SourceFile[],
): Promise<ParsedSnapshot[]> {
  const snapshots: ParsedSnapshot[] = [];
  // One file at a time: a Parquet file can hold a whole history, and the order stays reproducible.
  for (const file of files) snapshots.push(...(await adapter.parse(file)));
  return adapter.combine ? adapter.combine(snapshots) : snapshots;
}

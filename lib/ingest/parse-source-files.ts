import type { ParsedSnapshot, SourceAdapter, SourceFile } from "./types";

/** Parses every file of a source; the first bad file throws, so nothing partial reaches the writer. */
export function parseSourceFiles(
  adapter: SourceAdapter,
  files: readonly SourceFile[],
): ParsedSnapshot[] {
  return files.flatMap((f) => adapter.parse(f));
}

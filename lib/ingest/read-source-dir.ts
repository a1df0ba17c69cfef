import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SourceAdapter, SourceFile } from "./types";

/** Relative paths of every file below `dir`, sorted so runs are reproducible. */
export async function listFilesRecursive(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

// Formats parsed from bytes; everything else is UTF-8 text.
const BINARY = /\.parquet$/i;

/** Reads the files an adapter selects from its folder under a local data root. */
export async function readSourceDir(
  adapter: SourceAdapter,
  dataRoot: string,
): Promise<SourceFile[]> {
  const dir = path.join(dataRoot, adapter.info.dataDir);
  const selected = adapter.selectFiles(await listFilesRecursive(dir));
  return Promise.all(
    selected.map(async (p): Promise<SourceFile> => {
      const file = path.join(dir, p);
      if (BINARY.test(p)) return { path: p, text: "", bytes: new Uint8Array(await readFile(file)) };
      return { path: p, text: await readFile(file, "utf8") };
    }),
  );
}

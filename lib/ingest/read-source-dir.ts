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

/** Reads the files an adapter selects from its folder under a local data root. */
export async function readSourceDir(
  adapter: SourceAdapter,
  dataRoot: string,
): Promise<SourceFile[]> {
  const dir = path.join(dataRoot, adapter.info.dataDir);
  const selected = adapter.selectFiles(await listFilesRecursive(dir));
  return Promise.all(
    selected.map(async (p) => ({ path: p, text: await readFile(path.join(dir, p), "utf8") })),
  );
}

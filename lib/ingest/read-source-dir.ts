import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SourceAdapter, SourceFile, SourceInfo } from "./types";

/** Relative paths of every file below `dir`, sorted so runs are reproducible. */
export async function listFilesRecursive(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** Every folder a source names, in the order it names them. */
export function listDataDirs(info: Pick<SourceInfo, "dataDir">): readonly string[] {
  return typeof info.dataDir === "string" ? [info.dataDir] : info.dataDir;
}

/** The source's folders that exist under `dataRoot` (a mirror may hold only some of them). */
export function findSourceDirs(info: Pick<SourceInfo, "dataDir">, dataRoot: string): string[] {
  return listDataDirs(info).filter((d) => existsSync(path.join(dataRoot, d)));
}

// Formats parsed from bytes; everything else is UTF-8 text.
const BINARY = /\.parquet$/i;

/**
 * Reads the files an adapter selects from each of its folders under a local data root. Paths stay
 * relative to their folder, so one path in two folders would be ambiguous and is refused.
 */
export async function readSourceDir(
  adapter: Pick<SourceAdapter, "selectFiles"> & { info: Pick<SourceInfo, "slug" | "dataDir"> },
  dataRoot: string,
): Promise<SourceFile[]> {
  const dirs = findSourceDirs(adapter.info, dataRoot);
  if (dirs.length === 0) {
    const names = listDataDirs(adapter.info).join(" or ");
    throw new Error(`${adapter.info.slug}: no folder ${names} under ${dataRoot}`);
  }
  const folderOf = new Map<string, string>();
  const files: SourceFile[] = [];
  for (const name of dirs) {
    const dir = path.join(dataRoot, name);
    for (const p of adapter.selectFiles(await listFilesRecursive(dir))) {
      const other = folderOf.get(p);
      if (other) throw new Error(`${adapter.info.slug}: ${p} is in both ${other} and ${name}`);
      folderOf.set(p, name);
      const file = path.join(dir, p);
      files.push(
        BINARY.test(p)
          ? { path: p, text: "", bytes: new Uint8Array(await readFile(file)) }
          : { path: p, text: await readFile(file, "utf8") },
      );
    }
  }
  return files;
}

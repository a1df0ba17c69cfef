import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import { IngestError } from "../ingest-error";
import type { SourceFile } from "../types";
import { requireColumns, requireRows } from "../validate";

/**
 * Reads the given columns of a Parquet file as row objects. Snappy (Hugging Face's default) is
 * built into hyparquet. Throws naming the file for missing bytes, a corrupt file or a missing column.
 */
export async function readParquetRows(
  file: SourceFile,
  source: string,
  columns: readonly string[],
): Promise<Record<string, unknown>[]> {
  const origin = file.path;
  const fail = (message: string) => new IngestError({ source, origin, message });
  if (file.bytes === undefined) {
    throw fail("no bytes: a Parquet file must be read as binary (SourceFile.bytes), not as text");
  }
  requireRows(file.bytes.byteLength, { source, origin }, "file has 0 bytes");
  // A copy, because hyparquet wants an ArrayBuffer of exactly the file (a Buffer may share a pool).
  const buffer = file.bytes.slice().buffer;
  try {
    const metadata = parquetMetadata(buffer);
    const header = parquetSchema(metadata).children.map((c) => c.element.name);
    requireColumns(header, columns, { source, origin });
    return await parquetReadObjects({ file: buffer, metadata, columns: [...columns] });
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw fail(`not a readable Parquet file (${err instanceof Error ? err.message : String(err)})`);
  }
}

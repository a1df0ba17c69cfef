import { IngestError } from "../ingest-error";
import type { SourceFile } from "../types";
import { info } from "./info";

/** Parses a file's text as JSON, reporting a syntax error against the file. */
export function readJson(file: SourceFile): unknown {
  try {
    return JSON.parse(file.text) as unknown;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new IngestError({
      source: info.slug,
      origin: file.path,
      message: `not valid JSON (${reason})`,
    });
  }
}

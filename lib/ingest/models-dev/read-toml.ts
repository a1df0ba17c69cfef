import { parse, TomlError } from "smol-toml";
import { IngestError } from "../ingest-error";
import type { SourceFile } from "../types";
import { info } from "./info";

/** Parses a file's text as TOML, reporting a syntax error with its line against the file. */
export function readToml(file: SourceFile): unknown {
  try {
    return parse(file.text);
  } catch (err) {
    const reason = err instanceof Error ? (err.message.split("\n")[0] ?? err.message) : String(err);
    throw new IngestError({
      source: info.slug,
      origin: file.path,
      row: err instanceof TomlError ? err.line : null,
      message: `not valid TOML (${reason})`,
    });
  }
}

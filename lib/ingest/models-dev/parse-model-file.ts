import { IngestError } from "../ingest-error";
import type { ParsedSnapshot, SourceFile } from "../types";
import { validateRow } from "../validate";
import { CATALOG_DATE, info } from "./info";
import { makeCatalogFact } from "./make-catalog-fact";
import { readToml } from "./read-toml";
import { modelFileSchema } from "./schema";

const MODEL_PATH = /^models\/([^/]+)\/([^/]+)\.toml$/;

/**
 * One `models/<org>/<id>.toml` → a snapshot with no scores and one fact. The file id is the
 * name because it is the API key LMArena's own keys resemble (`claude-opus-4-5-20251101`).
 */
export function parseModelFile(file: SourceFile): ParsedSnapshot[] {
  const [, org, id] = MODEL_PATH.exec(file.path) ?? [];
  if (!org || !id) {
    throw new IngestError({
      source: info.slug,
      origin: file.path,
      message: "expected models/<org>/<id>.toml",
    });
  }
  const raw = validateRow(modelFileSchema, readToml(file), {
    source: info.slug,
    origin: file.path,
    row: null,
  });
  return [
    {
      arena: "text",
      publishedOn: CATALOG_DATE,
      styleControl: false,
      coverage: "complete",
      origin: file.path,
      scores: [],
      models: [makeCatalogFact(id, org, raw)],
    },
  ];
}

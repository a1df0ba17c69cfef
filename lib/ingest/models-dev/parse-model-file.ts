import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import type { ParsedSnapshot, SourceFile } from "../types";
import { validateRow } from "../validate";
import { CATALOG_DATE, info } from "./info";
import { parseParameterCount } from "./parse-parameter-count";
import { readToml } from "./read-toml";
import { modelFileSchema } from "./schema";
import { toOrganization } from "./to-organization";

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
  const params = parseParameterCount(id);
  const fact = makeModelFact(id, {
    aliases: isSpecificName(raw.name) ? [raw.name] : [],
    organization: toOrganization(org),
    licence: raw.license ?? (raw.open_weights ? "Open weights" : "Proprietary"),
    openWeights: raw.open_weights,
    releaseDate: raw.release_date,
    // The image models (gpt-image-*) write `context = 0`: no text context, not a zero window.
    contextWindow: raw.limit?.context || null,
    parametersB: params.totalB,
    activeParametersB: params.activeB,
  });
  return [
    {
      arena: "text",
      publishedOn: CATALOG_DATE,
      styleControl: false,
      origin: file.path,
      scores: [],
      models: [fact],
    },
  ];
}

// Display names without a version or size ("Command R+", "Qwen Max", "DeepSeek Chat") and
// "(latest)" pointers name a moving target, so as aliases they could claim another model.
function isSpecificName(name: string): boolean {
  return /\d/.test(name) && !/latest/i.test(name);
}

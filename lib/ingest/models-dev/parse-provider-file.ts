import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import type { ParsedSnapshot, SourceFile } from "../types";
import { validateRow } from "../validate";
import { CATALOG_DATE, info } from "./info";
import { readToml } from "./read-toml";
import { providerFileSchema } from "./schema";
import { toOrganization } from "./to-organization";

// `providers/<p>/models/<id>.toml`, or `providers/<p>/models/<p>/<id>.toml` (NVIDIA's own models).
const PROVIDER_PATH = /^providers\/([^/]+)\/models\/(?:([^/]+)\/)?([^/]+)\.toml$/;

/**
 * A first-party provider file → one fact carrying the maker's list price and nothing else:
 * provider files contradict `models/` on open_weights (glm-5.1, devstral-medium-2507), so only
 * `models/` speaks for licences. Named by the file id, which is the API key the price is for.
 */
export function parseProviderFile(file: SourceFile): ParsedSnapshot[] {
  const [, provider, folder, id] = PROVIDER_PATH.exec(file.path) ?? [];
  if (!provider || !id || (folder !== undefined && folder !== provider)) {
    throw new IngestError({
      source: info.slug,
      origin: file.path,
      message: "expected a first-party file providers/<org>/models/<id>.toml",
    });
  }
  const raw = validateRow(providerFileSchema, readToml(file), {
    source: info.slug,
    origin: file.path,
    row: null,
  });
  // A maker hosting another lab's model (base_model "deepseek/…" under nvidia) is reselling it.
  if (raw.base_model !== undefined && raw.base_model.split("/")[0] !== provider) return [];
  const input = raw.cost?.input ?? null;
  const output = raw.cost?.output ?? null;
  if (input === null && output === null) return [];
  const fact = makeModelFact(id, {
    organization: toOrganization(provider),
    inputPricePerM: input,
    outputPricePerM: output,
  });
  return [
    {
      arena: "text",
      publishedOn: CATALOG_DATE,
      styleControl: false,
      coverage: "complete",
      origin: file.path,
      scores: [],
      models: [fact],
    },
  ];
}

import { makeModelFact } from "../model-fact";
import type { ModelFact } from "../types";
import { parseParameterCount } from "./parse-parameter-count";
import type { CatalogModel } from "./schema";
import { toOrganization } from "./to-organization";

/**
 * What the catalog says about one model id made by `org`, from a `models/` file or a
 * first-party api.json entry; prices are added by the caller where the entry has them.
 */
export function makeCatalogFact(id: string, org: string, raw: CatalogModel): ModelFact {
  const params = parseParameterCount(id);
  return makeModelFact(id, {
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
}

// Display names without a version or size ("Command R+", "Qwen Max", "DeepSeek Chat") and
// "(latest)" pointers name a moving target, so as aliases they could claim another model.
function isSpecificName(name: string): boolean {
  return /\d/.test(name) && !/latest/i.test(name);
}

import { makeDuplicateCheck } from "../duplicate-check";
import type { ModelFact, ParsedSnapshot, SourceFile } from "../types";
import { readJsonFile, requireRows, validateRow } from "../validate";
import { info } from "./info";
import { makeCatalogFact } from "./make-catalog-fact";
import { apiFileSchema, apiModelSchema, apiProviderSchema } from "./schema";
import { isKnownMaker } from "./to-organization";

/** The live catalog's name; it is the site's build of the TOML tree, one entry per offering. */
export const API_FILE = "api.json";

/**
 * `api.json` → one snapshot of facts from first-party providers only (resellers set their own
 * prices). Each entry already carries its `base_model`'s facts, so one fact holds licence, dates
 * and list price. The file has no catalog date, so the caller dates it (the day it was read).
 */
export function parseApiJson(file: SourceFile, publishedOn: string): ParsedSnapshot[] {
  const source = info.slug;
  const origin = file.path;
  const providers = readJsonFile(apiFileSchema, file, source);
  const models: ModelFact[] = [];
  const isNew = makeDuplicateCheck({ source, origin });
  for (const [provider, value] of Object.entries(providers)) {
    if (!isKnownMaker(provider)) continue;
    const ctx = { source, origin, row: null, field: provider, where: `provider "${provider}"` };
    const entries = Object.entries(validateRow(apiProviderSchema, value, ctx).models);
    entries.forEach(([key, entry], index) => {
      const id = toOwnModelId(provider, key);
      if (id === null) return;
      const row = index + 1;
      const where = `provider "${provider}", model "${key}"`;
      const raw = validateRow(apiModelSchema, entry, { source, origin, row, where });
      // A maker hosting another lab's model (base_model "deepseek/…" under nvidia) is reselling it.
      if (raw.base_model !== undefined && raw.base_model.split("/")[0] !== provider) return;
      isNew(id, { row, field: provider, message: `${where}: duplicate model "${id}"` });
      models.push({
        ...makeCatalogFact(id, provider, raw),
        inputPricePerM: raw.cost?.input ?? null,
        outputPricePerM: raw.cost?.output ?? null,
      });
    });
  }
  requireRows(models.length, { source, origin }, "no first-party models");
  return [
    {
      arena: "text",
      publishedOn,
      styleControl: false,
      coverage: "complete",
      origin,
      scores: [],
      models,
    },
  ];
}

// Keys are paths under the provider's models folder: `gpt-5`, or `nvidia/<id>` for NVIDIA's own
// models next to `qwen/<id>` it only hosts.
function toOwnModelId(provider: string, key: string): string | null {
  const [first, second, ...rest] = key.split("/");
  if (second === undefined) return first ?? null;
  return first === provider && rest.length === 0 ? second : null;
}

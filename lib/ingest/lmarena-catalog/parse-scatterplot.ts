import { makeDuplicateCheck } from "../duplicate-check";
import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { parseOptionalNumber } from "../parse-number";
import type { ModelFact, ParsedSnapshot, SourceFile } from "../types";
import { readJsonFile, requireRows, validateRow } from "../validate";
import { info } from "./info";
import { scatterplotEntrySchema, scatterplotFileSchema } from "./schema";

type PriceField = "input_token_price" | "output_token_price";

function toPrice(raw: string | number, origin: string, row: number, field: PriceField) {
  const price = parseOptionalNumber(String(raw));
  if (price === "invalid") {
    throw new IngestError({
      source: info.slug,
      origin,
      row,
      field,
      message: `not a price: "${raw}"`,
    });
  }
  return price;
}

/**
 * Parses `scatterplot-data.json`, LMArena's hand-curated price list. It carries no ratings, so
 * the snapshot legitimately has `scores: []`; it exists to supply org, licence and prices.
 */
export function parseScatterplot(file: SourceFile, publishedOn: string): ParsedSnapshot {
  const origin = file.path;
  const source = info.slug;
  const entries = readJsonFile(scatterplotFileSchema, file, source);
  const models: ModelFact[] = [];
  const isNew = makeDuplicateCheck({ source, origin });
  entries.forEach((value, index) => {
    const row = index + 1;
    const entry = validateRow(scatterplotEntrySchema, value, {
      source,
      origin,
      row,
      where: `entry ${row}`,
    });
    const name = entry.model_api_name;
    isNew(name, { row, field: "model_api_name", message: `duplicate model "${name}"` });
    models.push(
      makeModelFact(name, {
        aliases: entry.name !== "" && entry.name !== name ? [entry.name] : [],
        organization: entry.organization || null,
        licence: entry.license || null,
        inputPricePerM: toPrice(entry.input_token_price, origin, row, "input_token_price"),
        outputPricePerM: toPrice(entry.output_token_price, origin, row, "output_token_price"),
      }),
    );
  });
  requireRows(models.length, { source, origin }, "no models");
  return {
    arena: "text",
    publishedOn,
    styleControl: false,
    coverage: "complete",
    origin,
    scores: [],
    models,
  };
}

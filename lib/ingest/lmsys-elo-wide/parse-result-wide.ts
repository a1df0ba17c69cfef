import { makeDuplicateCheck } from "../duplicate-check";
import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import { makeScoreRow } from "../score-row";
import type { ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { dateCell, numberCell, readCsvTable, requireRows, validateRow } from "../validate";
import { modelKeySchema } from "./schema";

export const LMSYS_ELO_WIDE_SLUG = "lmsys-elo-wide";

const SOURCE = LMSYS_ELO_WIDE_SLUG;
/** The date column has an empty header (a pandas index); errors call it "date". */
const DATE_FIELD = "date";

/** result.csv (one row per date, one column per model key) → one overall text snapshot per row. */
export function parseResultWide(file: SourceFile): ParsedSnapshot[] {
  const origin = file.path;
  const table = readCsvTable(file.text, SOURCE, origin);
  const [dateColumn, ...keyColumns] = table.header;
  if (dateColumn === undefined || keyColumns.length === 0) {
    throw new IngestError({
      source: SOURCE,
      origin,
      field: "header",
      message: "missing model key columns",
    });
  }
  const modelKeys = readModelKeys(keyColumns, origin);
  const category = normalizeCategory("overall");
  const isNewDate = makeDuplicateCheck({ source: SOURCE, origin });
  const snapshots = table.rows.map((raw, i): ParsedSnapshot => {
    const ctx = { source: SOURCE, origin, row: i + 2 };
    const publishedOn = validateRow(dateCell, raw[dateColumn], { ...ctx, field: DATE_FIELD });
    const message = `duplicate date ${publishedOn}`;
    isNewDate(publishedOn, { row: ctx.row, field: DATE_FIELD, message });
    const scores: ScoreRow[] = [];
    for (const model of modelKeys) {
      const rating = validateRow(numberCell, raw[model], { ...ctx, field: model });
      // Every cell holds a number; 0.0 (not blank) is how the file marks an absent model.
      if (rating !== 0) scores.push(makeScoreRow(model, category, rating));
    }
    requireRows(scores.length, ctx, "every rating is 0.0");
    const models = scores.map((s) => makeModelFact(s.model));
    return {
      arena: "text",
      publishedOn,
      styleControl: false,
      coverage: "complete",
      origin,
      scores,
      models,
    };
  });
  requireRows(snapshots.length, { source: SOURCE, origin }, "no rows");
  return snapshots.sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));
}

// Each column is one model's series; a repeated key would make two ratings per model and date.
function readModelKeys(columns: readonly string[], origin: string): string[] {
  const ctx = { source: SOURCE, origin, row: 1 };
  const isNew = makeDuplicateCheck({ source: SOURCE, origin });
  return columns.map((column, i) => {
    const key = validateRow(modelKeySchema, column, { ...ctx, field: `column ${i + 2}` });
    isNew(key, { row: 1, field: key, message: "duplicate model key" });
    return key;
  });
}

import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import type { ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import {
  dateCellSchema,
  modelKeySchema,
  ratingCellSchema,
  readCsvTable,
  validateCell,
} from "./schema";

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
  const seenDates = new Set<string>();
  const snapshots = table.rows.map((raw, i): ParsedSnapshot => {
    const row = i + 2;
    const publishedOn = validateCell(dateCellSchema, raw[dateColumn], {
      source: SOURCE,
      origin,
      row,
      field: DATE_FIELD,
    });
    if (seenDates.has(publishedOn)) {
      throw new IngestError({
        source: SOURCE,
        origin,
        row,
        field: DATE_FIELD,
        message: `duplicate date ${publishedOn}`,
      });
    }
    seenDates.add(publishedOn);
    const scores: ScoreRow[] = [];
    for (const model of modelKeys) {
      const rating = validateCell(ratingCellSchema, raw[model], {
        source: SOURCE,
        origin,
        row,
        field: model,
      });
      if (rating === 0) continue;
      scores.push({ model, category, rating, lower: null, upper: null, votes: null, rank: null });
    }
    if (scores.length === 0) {
      throw new IngestError({
        source: SOURCE,
        origin,
        row,
        message: "empty table: every rating is 0.0",
      });
    }
    const models = scores.map((s) => makeModelFact(s.model));
    return { arena: "text", publishedOn, styleControl: false, origin, scores, models };
  });
  if (snapshots.length === 0)
    throw new IngestError({ source: SOURCE, origin, message: "empty table: no rows" });
  return snapshots.sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));
}

// Each column is one model's series; a repeated key would make two ratings per model and date.
function readModelKeys(columns: readonly string[], origin: string): string[] {
  const keys = new Set<string>();
  columns.forEach((column, i) => {
    const key = validateCell(modelKeySchema, column, {
      source: SOURCE,
      origin,
      row: 1,
      field: `column ${i + 2}`,
    });
    if (keys.has(key))
      throw new IngestError({
        source: SOURCE,
        origin,
        row: 1,
        field: key,
        message: "duplicate model key",
      });
    keys.add(key);
  });
  return [...keys];
}

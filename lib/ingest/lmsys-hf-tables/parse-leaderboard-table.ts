import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import type { CsvTable } from "../parse-csv";
import { toIsoDate } from "../parse-number";
import type { ModelFact, ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import {
  ELO_COLUMN,
  factRowSchema,
  ratedRowSchema,
  readCsvTable,
  requireColumns,
  validateRow,
} from "./schema";

export const LMSYS_HF_TABLES_SLUG = "lmsys-hf-tables";
export const TABLE_FILE_PATTERN = /^leaderboard_table_(\d{8})\.csv$/;

const SOURCE = LMSYS_HF_TABLES_SLUG;

/** One `leaderboard_table_YYYYMMDD.csv` → one snapshot dated by its file name. */
export function parseLeaderboardTable(file: SourceFile): ParsedSnapshot {
  const origin = file.path;
  const publishedOn = toIsoDate(TABLE_FILE_PATTERN.exec(origin)?.[1] ?? "");
  if (publishedOn === null) {
    throw new IngestError({
      source: SOURCE,
      origin,
      message: "file name carries no YYYYMMDD date",
    });
  }
  const table = readCsvTable(file.text, SOURCE, origin);
  return {
    arena: "text",
    publishedOn,
    styleControl: false,
    origin,
    ...parseByLayout(table, origin),
  };
}

type TableContent = Pick<ParsedSnapshot, "scores" | "models">;

function parseByLayout(table: CsvTable, origin: string): TableContent {
  if (table.header.includes(ELO_COLUMN)) return parseRatedTable(table, origin);
  if (table.header.includes("key")) return parseFactTable(table, origin);
  throw new IngestError({
    source: SOURCE,
    origin,
    field: ELO_COLUMN,
    message: `unknown layout: expected a "${ELO_COLUMN}" column (2023) or a "key" column (2024+)`,
  });
}

function parseRatedTable(table: CsvTable, origin: string): TableContent {
  requireColumns(table.header, ratedRowSchema, { source: SOURCE, origin });
  const scores: ScoreRow[] = [];
  const models = new Map<string, ModelFact>();
  table.rows.forEach((raw, i) => {
    const ctx = { source: SOURCE, origin, row: i + 2 };
    const row = validateRow(ratedRowSchema, raw, ctx);
    // 2023 tables have no key column, so the display name is the only identifier.
    if (models.has(row.Model))
      throw new IngestError({ ...ctx, field: "Model", message: `duplicate model "${row.Model}"` });
    models.set(row.Model, makeModelFact(row.Model, { licence: row.License || null }));
    const rating = row[ELO_COLUMN];
    if (rating === null) return;
    const category = normalizeCategory("overall");
    scores.push({
      model: row.Model,
      category,
      rating,
      lower: null,
      upper: null,
      votes: null,
      rank: null,
    });
  });
  if (scores.length === 0) {
    throw new IngestError({
      source: SOURCE,
      origin,
      field: ELO_COLUMN,
      message: "empty table: no numeric rating",
    });
  }
  return { scores, models: [...models.values()] };
}

// 2024+ tables carry no rating: a snapshot with only model facts is their legitimate shape.
function parseFactTable(table: CsvTable, origin: string): TableContent {
  requireColumns(table.header, factRowSchema, { source: SOURCE, origin });
  const models = new Map<string, ModelFact>();
  table.rows.forEach((raw, i) => {
    const ctx = { source: SOURCE, origin, row: i + 2 };
    const row = validateRow(factRowSchema, raw, ctx);
    const fact = makeModelFact(row.key, {
      aliases: row.Model === row.key ? [] : [row.Model],
      organization: row.Organization || null,
      licence: row.License || null,
    });
    const earlier = models.get(row.key);
    // From 20240602 on, yi-34b-chat is listed twice with identical cells; only a conflict is bad input.
    if (earlier && JSON.stringify(earlier) !== JSON.stringify(fact)) {
      throw new IngestError({
        ...ctx,
        field: "key",
        message: `duplicate key "${row.key}" with different facts`,
      });
    }
    models.set(row.key, fact);
  });
  if (models.size === 0)
    throw new IngestError({ source: SOURCE, origin, message: "empty table: no rows" });
  return { scores: [], models: [...models.values()] };
}

import { makeDuplicateCheck } from "../duplicate-check";
import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import type { CsvTable } from "../parse-csv";
import { toIsoDate } from "../parse-number";
import { makeScoreRow } from "../score-row";
import type { ModelFact, ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { readCsvTable, requireColumns, requireRows, validateRow } from "../validate";
import { ELO_COLUMN, factRowSchema, ratedRowSchema } from "./schema";

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
    coverage: "complete",
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
  const file = { source: SOURCE, origin };
  requireColumns(table.header, Object.keys(ratedRowSchema.shape), file);
  const scores: ScoreRow[] = [];
  const models: ModelFact[] = [];
  const isNew = makeDuplicateCheck(file);
  const category = normalizeCategory("overall");
  table.rows.forEach((raw, i) => {
    const row = validateRow(ratedRowSchema, raw, { ...file, row: i + 2 });
    // 2023 tables have no key column, so the display name is the only identifier.
    const message = `duplicate model "${row.Model}"`;
    isNew(row.Model, { row: i + 2, field: "Model", message });
    models.push(makeModelFact(row.Model, { licence: row.License || null }));
    const rating = row[ELO_COLUMN];
    if (rating !== null) scores.push(makeScoreRow(row.Model, category, rating));
  });
  requireRows(scores.length, { ...file, field: ELO_COLUMN }, "no numeric rating");
  return { scores, models };
}

// 2024+ tables carry no rating: a snapshot with only model facts is their legitimate shape.
function parseFactTable(table: CsvTable, origin: string): TableContent {
  const file = { source: SOURCE, origin };
  requireColumns(table.header, Object.keys(factRowSchema.shape), file);
  const models: ModelFact[] = [];
  const isNew = makeDuplicateCheck(file);
  table.rows.forEach((raw, i) => {
    const row = validateRow(factRowSchema, raw, { ...file, row: i + 2 });
    const fact = makeModelFact(row.key, {
      aliases: row.Model === row.key ? [] : [row.Model],
      organization: row.Organization || null,
      licence: row.License || null,
    });
    // From 20240602 on, yi-34b-chat is listed twice with identical cells; only a conflict is bad input.
    const message = `duplicate key "${row.key}" with different facts`;
    if (isNew(row.key, { row: i + 2, field: "key", message }, JSON.stringify(fact))) {
      models.push(fact);
    }
  });
  requireRows(models.length, file, "no rows");
  return { scores: [], models };
}

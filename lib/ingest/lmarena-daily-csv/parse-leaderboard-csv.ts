import { makeDuplicateCheck } from "../duplicate-check";
import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import { parseCsv } from "../parse-csv";
import { toIsoDate } from "../parse-number";
import type { ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { requireColumns, requireRows, validateRow } from "../validate";
import { leaderboardRowSchema, RATING_COLUMNS, REQUIRED_COLUMNS } from "./schema";
import type { LeaderboardRow } from "./schema";

const VERSION_FOLDER = /(?:^|\/)(\d{4}\.\d{2}\.\d{2})\/[^/]+\.csv$/;

/** One `<version>/lmsys.csv` or `<version>/lmarena_text.csv`: the overall text board on that day. */
export function parseLeaderboardCsv(file: SourceFile, source: string): ParsedSnapshot {
  const origin = file.path;
  const fail = (message: string, row: number | null, field: string | null) =>
    new IngestError({ source, origin, message, row, field });
  const version = VERSION_FOLDER.exec(origin)?.[1];
  const publishedOn = version ? toIsoDate(version) : null;
  if (!publishedOn) throw fail("expected a YYYY.MM.DD version folder", null, "version folder");

  // Rows are counted from the first data row here, unlike readCsvTable's line numbers.
  const table = parseCsv(file.text, (rowNumber, fields) => {
    throw fail(`has ${fields} fields, unlike the header`, rowNumber - 1, null);
  });
  const ratingColumn = RATING_COLUMNS.find((c) => table.header.includes(c));
  if (!ratingColumn) throw fail("missing rating column", null, RATING_COLUMNS.join(" or "));
  requireColumns(table.header, REQUIRED_COLUMNS, { source, origin });

  const rows: LeaderboardRow[] = [];
  const isNew = makeDuplicateCheck({ source, origin });
  table.rows.forEach((raw, i) => {
    const ctx = { source, origin, row: i + 1, fieldNames: { rating: ratingColumn } };
    const row = validateRow(leaderboardRowSchema, { ...raw, rating: raw[ratingColumn] }, ctx);
    // The 2025 lmarena_text.csv files list Yi-34B-Chat twice with identical figures
    // (only the rank differs): a join artefact upstream, so an exact repeat is dropped.
    const at = { row: i + 1, field: "model", message: `duplicate model "${row.model}"` };
    if (isNew(row.model, at, figuresOf(row))) rows.push(row);
  });
  requireRows(rows.length, { source, origin });

  const category = normalizeCategory("overall");
  return {
    arena: "text",
    publishedOn,
    // Raw throughout, no cut-over to style control: every file tracks the catalog's raw board up to
    // an offset (spread 0.2–0.9 points; 16–20 against its style-control board), e.g. 2025.05.23
    // o3 1409 / Grok-3 1399 = raw 1409.3 / 1399.0, not style control 1435.2 / 1388.0.
    styleControl: false,
    coverage: "complete",
    origin,
    scores: rows.map((r) => toScoreRow(r, category)),
    models: rows.map((r) =>
      makeModelFact(r.model, { organization: r.organization, licence: r.license }),
    ),
  };
}

function toScoreRow(row: LeaderboardRow, category: string): ScoreRow {
  const ci = row["95_pct_ci"];
  return {
    model: row.model,
    category,
    rating: row.rating,
    lower: row.rating - ci.minus,
    upper: row.rating + ci.plus,
    votes: row.votes,
    rank: row.rank,
  };
}

/** Everything a repeated row must share with the first to count as the same row. */
function figuresOf(row: LeaderboardRow): string {
  const { rating, votes, organization, license } = row;
  return JSON.stringify([rating, row["95_pct_ci"], votes, organization, license]);
}

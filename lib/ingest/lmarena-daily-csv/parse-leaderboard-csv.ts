import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import { parseCsv } from "../parse-csv";
import { toIsoDate } from "../parse-number";
import type { ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { leaderboardRowSchema, RATING_COLUMNS, REQUIRED_COLUMNS } from "./schema";
import type { LeaderboardRow } from "./schema";

const VERSION_FOLDER = /(?:^|\/)(\d{4}\.\d{2}\.\d{2})\/[^/]+\.csv$/;

/** One `<version>/lmsys.csv` or `<version>/lmarena_text.csv`: the overall text board on that day. */
export function parseLeaderboardCsv(file: SourceFile, source: string): ParsedSnapshot {
  const fail = (message: string, row: number | null, field: string | null) =>
    new IngestError({ source, origin: file.path, message, row, field });
  const version = VERSION_FOLDER.exec(file.path)?.[1];
  const publishedOn = version ? toIsoDate(version) : null;
  if (!publishedOn) throw fail("expected a YYYY.MM.DD version folder", null, "version folder");

  const table = parseCsv(file.text, (rowNumber, fields) => {
    throw fail(`has ${fields} fields, unlike the header`, rowNumber - 1, null);
  });
  const ratingColumn = RATING_COLUMNS.find((c) => table.header.includes(c));
  if (!ratingColumn) throw fail("missing rating column", null, RATING_COLUMNS.join(" or "));
  const missing = REQUIRED_COLUMNS.find((c) => !table.header.includes(c));
  if (missing) throw fail("missing required column", null, missing);

  const rows = new Map<string, LeaderboardRow>();
  table.rows.forEach((raw, i) => {
    const parsed = leaderboardRowSchema.safeParse({ ...raw, rating: raw[ratingColumn] });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = String(issue?.path[0] ?? "");
      const field = key === "rating" ? ratingColumn : key || null;
      throw fail(issue?.message ?? "invalid row", i + 1, field);
    }
    const row = parsed.data;
    const seen = rows.get(row.model);
    // The 2025 lmarena_text.csv files list Yi-34B-Chat twice with identical figures
    // (only the rank differs): a join artefact upstream, so an exact repeat is dropped.
    if (seen && !hasSameFigures(seen, row)) {
      throw fail(`duplicate model "${row.model}"`, i + 1, "model");
    }
    if (!seen) rows.set(row.model, row);
  });
  if (rows.size === 0) throw fail("empty table", null, null);

  const category = normalizeCategory("overall");
  const list = [...rows.values()];
  return {
    arena: "text",
    publishedOn,
    styleControl: false,
    origin: file.path,
    scores: list.map((r) => toScoreRow(r, category)),
    models: list.map((r) =>
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

function hasSameFigures(a: LeaderboardRow, b: LeaderboardRow): boolean {
  return (
    a.rating === b.rating &&
    a["95_pct_ci"].plus === b["95_pct_ci"].plus &&
    a["95_pct_ci"].minus === b["95_pct_ci"].minus &&
    a.votes === b.votes &&
    a.organization === b.organization &&
    a.license === b.license
  );
}

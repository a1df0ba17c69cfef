import { makeDuplicateCheck } from "../duplicate-check";
import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import { toIsoDate } from "../parse-number";
import { makeScoreRow } from "../score-row";
import type { ModelFact, ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { requireRows, validateRow } from "../validate";
import { extractHtmlTables, extractHtmlText } from "./extract-html-tables";
import type { HtmlTable } from "./extract-html-tables";
import { FULL_LEADERBOARD_COLUMNS, fullLeaderboardRowSchema } from "./schema";
import type { FullLeaderboardColumn, FullLeaderboardRow } from "./schema";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// Crawls show junk between "LMSYS" and the date (a bullet, or its mis-decoded bytes "β€’").
const ATTRIBUTION =
  /Attribution\s+LMSYS[\s\S]{0,40}?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/i;

type ColumnIndex = Partial<Record<FullLeaderboardColumn, { at: number; header: string }>>;

/**
 * One openlm.ai Chatbot Arena page: the Full Leaderboard as a text snapshot (overall from
 * Arena Elo, coding from Coding) plus a vision snapshot when the Vision column has values.
 * The small "Best for Model Size Class" / "Best Open LM" tables repeat the board and are ignored.
 */
export function parseOpenlmPage(file: SourceFile, source: string): ParsedSnapshot[] {
  const ctx = { source, origin: file.path };
  const fail = (message: string, row: number | null, field: string | null) =>
    new IngestError({ ...ctx, message, row, field });

  const publishedOn = readAttributionDate(extractHtmlText(file.text));
  if (!publishedOn) {
    throw fail('no "Attribution LMSYS <Month D, YYYY>" line', null, "attribution date");
  }
  const tables = extractHtmlTables(file.text);
  if (tables.length === 0) throw fail("no table on the page", null, null);
  // Only the Full Leaderboard has Votes; the small tables also have Model and Arena Elo.
  const boards = tables.filter((t) => hasColumn(t, "model") && hasColumn(t, "votes"));
  const [board] = boards;
  if (!board || boards.length > 1) {
    const found = board ? `${boards.length} tables` : "no table";
    throw fail(`${found} with Model and Votes headers (the Full Leaderboard)`, null, "Votes");
  }
  const columns = indexColumns(board.header);
  if (!columns.arenaElo) throw fail("missing column", null, "Arena Elo");

  const keys = Object.keys(FULL_LEADERBOARD_COLUMNS) as FullLeaderboardColumn[];
  const fieldNames = Object.fromEntries(
    keys.map((key) => [key, columns[key]?.header ?? FULL_LEADERBOARD_COLUMNS[key].label]),
  );
  const rows = board.rows.map((cells, i) => {
    const raw = Object.fromEntries(
      keys.map((key) => {
        const col = columns[key];
        return [key, col ? (cells[col.at] ?? "") : ""];
      }),
    );
    return validateRow(fullLeaderboardRowSchema, raw, { ...ctx, row: i + 1, fieldNames });
  });
  const isNew = makeDuplicateCheck(ctx);
  rows.forEach((row, i) => {
    const message = `duplicate model "${row.model}"`;
    isNew(row.model, { row: i + 1, field: columns.model?.header ?? "Model", message });
  });

  const overall = normalizeCategory("overall");
  const text = rows.flatMap((r) => [
    ...toScore(r, overall, r.arenaElo, r.votes),
    ...toScore(r, normalizeCategory("coding"), r.coding, null),
  ]);
  const overallRows = text.filter((s) => s.category === overall).length;
  requireRows(overallRows, { ...ctx, field: "Arena Elo" });
  const vision = rows.flatMap((r) => toScore(r, overall, r.vision, null));

  const snapshot = (arena: "text" | "vision", scores: ScoreRow[]): ParsedSnapshot => ({
    arena,
    publishedOn,
    // A mirror of the default LMSYS board, whose figures match the unadjusted daily CSV.
    styleControl: false,
    coverage: "partial",
    origin: file.path,
    scores,
    models: rows.filter((r) => scores.some((s) => s.model === r.model)).map(toModelFact),
  });
  return vision.length > 0
    ? [snapshot("text", text), snapshot("vision", vision)]
    : [snapshot("text", text)];
}

function readAttributionDate(pageText: string): string | null {
  const m = ATTRIBUTION.exec(pageText);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  return toIsoDate(`${m[3]}-${String(month).padStart(2, "0")}-${m[2].padStart(2, "0")}`);
}

function canonicalHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function hasColumn(table: HtmlTable, key: FullLeaderboardColumn): boolean {
  const names: readonly string[] = FULL_LEADERBOARD_COLUMNS[key].headers;
  return table.header.some((h) => names.includes(canonicalHeader(h)));
}

function indexColumns(header: string[]): ColumnIndex {
  const index: ColumnIndex = {};
  for (const [key, spec] of Object.entries(FULL_LEADERBOARD_COLUMNS)) {
    const names: readonly string[] = spec.headers;
    const at = header.findIndex((h) => names.includes(canonicalHeader(h)));
    if (at >= 0) index[key as FullLeaderboardColumn] = { at, header: header[at] ?? spec.label };
  }
  return index;
}

function toScore(
  row: FullLeaderboardRow,
  category: string,
  rating: number | null,
  votes: number | null,
): ScoreRow[] {
  return rating === null ? [] : [makeScoreRow(row.model, category, rating, { votes })];
}

function toModelFact(row: FullLeaderboardRow): ModelFact {
  return makeModelFact(row.model, { organization: row.organization, licence: row.license });
}

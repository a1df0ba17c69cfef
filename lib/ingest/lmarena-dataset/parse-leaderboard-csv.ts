import type { ParsedSnapshot, SourceFile } from "../types";
import { readCsvTable, requireColumns } from "../validate";
import { groupLeaderboardRows } from "./group-leaderboard-rows";
import { info } from "./info";
import { NUMERIC_COLUMNS, REQUIRED_COLUMNS } from "./schema";
import type { SUBSETS } from "./subsets";

/**
 * One `<subset>.csv` of a CSV copy of the dataset (same columns as the Parquet split, plus the
 * copier's own `first_seen`/`last_seen`). Numeric cells become numbers as the Parquet reader
 * returns them (`1.0` for a rank is 1); an unreadable one stays text, for the schema to report.
 */
export function parseLeaderboardCsv(
  file: SourceFile,
  board: (typeof SUBSETS)[keyof typeof SUBSETS],
): ParsedSnapshot[] {
  const source = info.slug;
  const origin = file.path;
  const table = readCsvTable(file.text, source, origin);
  requireColumns(table.header, REQUIRED_COLUMNS, { source, origin });
  const rows = table.rows.map((row) => {
    const typed: Record<string, unknown> = { ...row };
    for (const column of NUMERIC_COLUMNS) typed[column] = toCell(row[column] ?? "");
    return typed;
  });
  // Line numbers: the header is line 1.
  return groupLeaderboardRows(rows, board, origin, (i) => i + 2);
}

function toCell(raw: string): number | string | null {
  const text = raw.trim();
  if (text === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : raw;
}

import { makeDuplicateCheck } from "../duplicate-check";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import { makeScoreRow } from "../score-row";
import type { ModelFact, ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { readCsvTable, requireColumns, requireRows, validateRow } from "../validate";
import { alltimeRowSchema } from "./schema";

export const LMSYS_ELO_HISTORY_SLUG = "lmsys-elo-history";

const SOURCE = LMSYS_ELO_HISTORY_SLUG;

interface DateGroup {
  scores: ScoreRow[];
  models: ModelFact[];
}

/** alltime.csv (one row per key and date) → one overall text snapshot per date, oldest first. */
export function parseAlltime(file: SourceFile): ParsedSnapshot[] {
  const origin = file.path;
  const table = readCsvTable(file.text, SOURCE, origin);
  requireColumns(table.header, Object.keys(alltimeRowSchema.shape), { source: SOURCE, origin });
  const groups = new Map<string, DateGroup>();
  const isNew = makeDuplicateCheck({ source: SOURCE, origin });
  const category = normalizeCategory("overall");
  table.rows.forEach((raw, i) => {
    const row = validateRow(alltimeRowSchema, raw, { source: SOURCE, origin, row: i + 2 });
    const group: DateGroup = groups.get(row.date) ?? { scores: [], models: [] };
    groups.set(row.date, group);
    // yi-34b-chat is doubled on 96 dates by the upstream join; only a conflicting repeat is bad input.
    const message = `duplicate key "${row.key}" on ${row.date}`;
    const at = { row: i + 2, field: "key", message };
    if (!isNew(`${row.date}\u0000${row.key}`, at, JSON.stringify(raw))) return;
    group.scores.push(makeScoreRow(row.key, category, row.rating));
    group.models.push(
      makeModelFact(row.key, {
        aliases: row.Model === row.key ? [] : [row.Model],
        organization: row.Organization || null,
        licence: row.License || null,
      }),
    );
  });
  requireRows(groups.size, { source: SOURCE, origin }, "no rows");
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([publishedOn, { scores, models }]) => ({
      arena: "text",
      publishedOn,
      styleControl: false,
      coverage: "complete",
      origin,
      scores,
      models,
    }));
}

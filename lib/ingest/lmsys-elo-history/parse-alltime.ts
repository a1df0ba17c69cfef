import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import type { ModelFact, ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { alltimeRowSchema, readCsvTable, requireColumns, validateRow } from "./schema";

export const LMSYS_ELO_HISTORY_SLUG = "lmsys-elo-history";

const SOURCE = LMSYS_ELO_HISTORY_SLUG;

interface DateGroup {
  scores: ScoreRow[];
  models: ModelFact[];
  /** Raw cells per key, to tell a repeated row from a conflicting one. */
  cellsByKey: Map<string, string>;
}

/** alltime.csv (one row per key and date) → one overall text snapshot per date, oldest first. */
export function parseAlltime(file: SourceFile): ParsedSnapshot[] {
  const origin = file.path;
  const table = readCsvTable(file.text, SOURCE, origin);
  requireColumns(table.header, alltimeRowSchema, { source: SOURCE, origin });
  const groups = new Map<string, DateGroup>();
  const category = normalizeCategory("overall");
  table.rows.forEach((raw, i) => {
    const ctx = { source: SOURCE, origin, row: i + 2 };
    const row = validateRow(alltimeRowSchema, raw, ctx);
    const group: DateGroup = groups.get(row.date) ?? {
      scores: [],
      models: [],
      cellsByKey: new Map(),
    };
    groups.set(row.date, group);
    const cells = JSON.stringify(raw);
    const earlier = group.cellsByKey.get(row.key);
    // yi-34b-chat is doubled on 96 dates by the upstream join; only a conflicting repeat is bad input.
    if (earlier === cells) return;
    if (earlier !== undefined) {
      throw new IngestError({
        ...ctx,
        field: "key",
        message: `duplicate key "${row.key}" on ${row.date}`,
      });
    }
    group.cellsByKey.set(row.key, cells);
    group.scores.push({
      model: row.key,
      category,
      rating: row.rating,
      lower: null,
      upper: null,
      votes: null,
      rank: null,
    });
    group.models.push(
      makeModelFact(row.key, {
        aliases: row.Model === row.key ? [] : [row.Model],
        organization: row.Organization || null,
        licence: row.License || null,
      }),
    );
  });
  if (groups.size === 0)
    throw new IngestError({ source: SOURCE, origin, message: "empty table: no rows" });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([publishedOn, { scores, models }]) => ({
      arena: "text",
      publishedOn,
      styleControl: false,
      origin,
      scores,
      models,
    }));
}

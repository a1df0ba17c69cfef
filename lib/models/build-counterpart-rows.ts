import { OPEN_WEIGHT_CLASSES, type LicenceClass } from "@/lib/domain";
import { counterpartSideOf, findCounterparts, type Counterparts } from "./find-counterparts";
import { findLevelReached, type LevelReached } from "./find-level-reached";
import type { FrontierEntry, RatedModel, SnapshotField } from "./types";

/** One board's answer for one model and category, in the model's latest snapshot of that board. */
export interface CounterpartRow {
  board: string;
  date: string;
  model: RatedModel;
  counterparts: Counterparts;
  /** When the other side first reached this model's rating on the same board; null = not yet. */
  reached: LevelReached | null;
  /** The board's first and last snapshot in the frontier series, to say "not by <last>". */
  seriesFrom: string | null;
  seriesTo: string | null;
}

/**
 * Per board: the model's closest counterparts in its latest snapshot (`fields`, one per board)
 * and when the other side first matched that rating (`frontiers`: best model per class per
 * snapshot, any boards). Boards are never mixed: each row uses only its own board's numbers.
 */
export function buildCounterpartRows(
  slug: string,
  fields: readonly SnapshotField[],
  frontiers: readonly FrontierEntry[],
): CounterpartRow[] {
  const rows: CounterpartRow[] = [];
  for (const field of fields) {
    const model = field.entries.find((e) => e.slug === slug);
    if (!model) continue;
    const counterparts = findCounterparts(model, field.entries);
    const side = counterpartSideOf(model.licenceClass);
    if (!counterparts || !side) continue;
    const classes: readonly LicenceClass[] =
      side === "open" ? OPEN_WEIGHT_CLASSES : ["proprietary"];
    const series = frontiers.filter(
      (f) => f.board === field.board && classes.includes(f.model.licenceClass),
    );
    const dates = series.map((f) => f.date).sort();
    rows.push({
      board: field.board,
      date: field.date,
      model,
      counterparts,
      reached: findLevelReached(model.rating, series),
      seriesFrom: dates[0] ?? null,
      seriesTo: dates.at(-1) ?? null,
    });
  }
  return rows.sort((a, b) => b.date.localeCompare(a.date) || a.board.localeCompare(b.board));
}

import { medianShiftBetween } from "@/lib/gap/median-shift-between";

/** One overall rating as stored, with the model it was resolved to. */
export interface RatingRow {
  source: string;
  board: string;
  date: string;
  model: string;
  rating: number;
  lower: number | null;
  upper: number | null;
}

export interface IdentitySuspect {
  kind: "same-rating" | "jump";
  /** Stable key for the reviewed list: "same-rating a|b" or "jump source|board|model|date". */
  key: string;
  detail: string;
}

/** A jump beyond the published interval plus this many points is not one model's drift. */
export const JUMP_MARGIN = 40;

/**
 * Two checks on resolved identities. Same rating: two different models carrying exactly the
 * same rating (and bounds, for sources that round) on the same board and date in two sources
 * are probably one model under two slugs (a split).
 * Jump: one model whose rating moves by more than its interval plus 40 points between
 * consecutive snapshots of one board probably stands for two models (a wrong merge).
 */
export function findIdentitySuspects(rows: readonly RatingRow[]): IdentitySuspect[] {
  const suspects = new Map<string, IdentitySuspect>();
  const byDateRating = new Map<string, RatingRow[]>();
  for (const r of rows) {
    // Sources that round to whole points collide by chance; for them the bounds must match too.
    const bounds = Number.isInteger(r.rating) ? `|${r.lower}|${r.upper}` : "";
    if (bounds && (r.lower === null || r.upper === null)) continue;
    const k = `${r.board}|${r.date}|${r.rating}${bounds}`;
    byDateRating.set(k, [...(byDateRating.get(k) ?? []), r]);
  }
  for (const group of byDateRating.values())
    for (const a of group)
      for (const b of group) {
        if (a.source >= b.source || a.model === b.model) continue;
        const [x, y] = [a.model, b.model].sort();
        const key = `same-rating ${x}|${y}`;
        if (!suspects.has(key))
          suspects.set(key, {
            kind: "same-rating",
            key,
            detail: `${a.model} (${a.source}) and ${b.model} (${b.source}) both rate ${a.rating} on ${a.date}`,
          });
      }
  // A whole board moving together (re-anchoring) is a change of scale, not of identity: each
  // move is measured against the median move of the board between the same two snapshots.
  const boardShift = medianShifts(rows);
  const series = new Map<string, RatingRow[]>();
  for (const r of rows) {
    const k = `${r.source}|${r.board}|${r.model}`;
    series.set(k, [...(series.get(k) ?? []), r]);
  }
  for (const [k, list] of series) {
    const sorted = list.toSorted((a, b) => a.date.localeCompare(b.date));
    sorted.forEach((r, i) => {
      const prev = sorted[i - 1];
      if (!prev) return;
      const half = (x: RatingRow) =>
        x.lower !== null && x.upper !== null ? (x.upper - x.lower) / 2 : 0;
      const allowed = Math.max(half(prev), half(r)) + JUMP_MARGIN;
      const shift = boardShift.get(`${r.source}|${r.board}|${prev.date}|${r.date}`) ?? 0;
      const move = r.rating - prev.rating - shift;
      if (Math.abs(move) > allowed) {
        const key = `jump ${k}|${r.date}`;
        suspects.set(key, {
          kind: "jump",
          key,
          detail: `${r.model} moves ${move > 0 ? "+" : ""}${move.toFixed(1)} beyond the board's median on ${r.source} (${r.board}) from ${prev.date} to ${r.date}, more than its interval + ${JUMP_MARGIN}`,
        });
      }
    });
  }
  return [...suspects.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Median move of the models two consecutive snapshots of one board share, keyed by both dates. */
function medianShifts(rows: readonly RatingRow[]): Map<string, number> {
  const boards = new Map<string, Map<string, Map<string, number>>>();
  for (const r of rows) {
    const b = `${r.source}|${r.board}`;
    const dates = boards.get(b) ?? new Map<string, Map<string, number>>();
    boards.set(b, dates);
    const ratings = dates.get(r.date) ?? new Map<string, number>();
    dates.set(r.date, ratings);
    ratings.set(r.model, r.rating);
  }
  const out = new Map<string, number>();
  for (const [b, dates] of boards) {
    const ordered = [...dates.keys()].sort();
    ordered.forEach((date, i) => {
      const prev = ordered[i - 1];
      if (!prev) return;
      const shift = medianShiftBetween(dates.get(prev) ?? new Map(), dates.get(date) ?? new Map());
      if (shift) out.set(`${b}|${prev}|${date}`, shift.median);
    });
  }
  return out;
}

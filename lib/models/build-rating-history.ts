export interface HistoryPoint {
  /** Milliseconds since the epoch (UTC midnight), for a time axis. */
  t: number;
  date: string;
  /** Null where the series had a snapshot but this line has no rating: drawn as a gap, never 0. */
  rating: number | null;
  lower: number | null;
  upper: number | null;
}

export interface HistorySeries {
  key: string;
  points: HistoryPoint[];
}

export interface KeyedRating {
  key: string;
  date: string;
  rating: number;
  lower: number | null;
  upper: number | null;
}

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * One line per key (a board on the model page, a model on the compare page). Between a line's
 * first and last rating, every snapshot date of its series without a rating becomes a null point,
 * so a model that left the board and came back shows a gap instead of a bridged line.
 */
export function buildRatingHistory(
  ratings: readonly KeyedRating[],
  datesByKey: ReadonlyMap<string, readonly string[]>,
): HistorySeries[] {
  const byKey = new Map<string, Map<string, KeyedRating>>();
  for (const r of ratings) {
    const m = byKey.get(r.key) ?? new Map<string, KeyedRating>();
    m.set(r.date, r);
    byKey.set(r.key, m);
  }
  return [...byKey].map(([key, byDate]) => {
    const rated = [...byDate.keys()].sort();
    const from = rated[0] ?? "";
    const to = rated.at(-1) ?? "";
    const dates = new Set(rated);
    for (const d of datesByKey.get(key) ?? []) if (d >= from && d <= to) dates.add(d);
    const points = [...dates].sort().map((date): HistoryPoint => {
      const r = byDate.get(date);
      return {
        t: toTime(date),
        date,
        rating: r?.rating ?? null,
        lower: r?.lower ?? null,
        upper: r?.upper ?? null,
      };
    });
    return { key, points };
  });
}

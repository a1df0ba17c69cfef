import type { GapPoint } from "./types";

/**
 * The points of ONE series where a new open model rates above every earlier best-open rating of
 * that series (the first rated point counts). The same model climbing on a re-rating raises the
 * bar but is not a new record: only a change of record holder is an event worth annotating.
 */
export function findOpenRecords(series: readonly GapPoint[]): GapPoint[] {
  const sorted = [...series].sort((a, b) => a.date.localeCompare(b.date));
  const records: GapPoint[] = [];
  let best: { rating: number; slug: string } | null = null;
  for (const p of sorted) {
    if (!p.open || (best && p.open.rating <= best.rating)) continue;
    if (!best || p.open.slug !== best.slug) records.push(p);
    best = { rating: p.open.rating, slug: p.open.slug };
  }
  return records;
}

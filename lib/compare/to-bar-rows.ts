import { buildRatingAxis } from "./build-rating-axis";
import { CORE_CATEGORIES } from "@/lib/labels";
import type { CompareRow } from "./build-compare-table";

/** One category group of the bar chart: `m<i>` = model i's rating, `e<i>` = its [−, +] error. */
export type BarRow = { category: string } & Record<
  string,
  number | [number, number] | null | string
>;

export interface BarChartData {
  rows: BarRow[];
  /** Axis range with room for the whiskers; ratings sit far from zero, so the axis does not start there. */
  domain: [number, number];
  /** Round tick values across the domain. */
  ticks: number[];
  /** Categories left out of the chart (they stay in the table). */
  omitted: string[];
}

/** The chart shows the core categories (at most 8 groups stay readable on a phone). */
export function toBarRows(rows: readonly CompareRow[]): BarChartData {
  const core = CORE_CATEGORIES as readonly string[];
  const shown = rows.filter((r) => core.includes(r.category));
  const picked = shown.length > 0 ? shown : rows.slice(0, 8);
  const values: number[] = [];
  const out = picked.map((r) => {
    const row: BarRow = { category: r.category };
    r.cells.forEach((c, i) => {
      row[`m${i}`] = c?.rating ?? null;
      row[`e${i}`] =
        c && c.lower !== null && c.upper !== null ? [c.rating - c.lower, c.upper - c.rating] : null;
      if (c) values.push(c.lower ?? c.rating, c.upper ?? c.rating);
    });
    return row;
  });
  const axis = buildRatingAxis(values);
  return {
    rows: out,
    domain: axis.domain,
    ticks: axis.ticks,
    omitted: rows.filter((r) => !picked.includes(r)).map((r) => r.category),
  };
}

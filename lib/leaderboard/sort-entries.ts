import type { RankedEntry } from "./types";

/** Sortable columns, as they appear in the URL (`sort=rating`, `sort=-votes`). */
export const SORT_COLUMNS = [
  "rank",
  "tier",
  "model",
  "rating",
  "votes",
  "org",
  "licence",
  "released",
  "params",
  "context",
  "input",
  "output",
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface SortOrder {
  column: SortColumn;
  desc: boolean;
}

export const DEFAULT_SORT: SortOrder = { column: "rank", desc: false };

// The direction a first click picks: "more is better" columns start with the largest value.
const DESC_FIRST: ReadonlySet<SortColumn> = new Set([
  "rating",
  "votes",
  "released",
  "params",
  "context",
]);

/** The order a click on a column header asks for: flip the current column, else its natural start. */
export function nextSortOrder(current: SortOrder, column: SortColumn): SortOrder {
  if (current.column === column) return { column, desc: !current.desc };
  return { column, desc: DESC_FIRST.has(column) };
}

type Key = number | string | null;

const KEY_OF: Record<SortColumn, (e: RankedEntry) => Key> = {
  rank: (e) => e.rank,
  tier: (e) => e.tier,
  model: (e) => e.name.toLowerCase(),
  rating: (e) => e.rating,
  votes: (e) => e.votes,
  org: (e) => e.organization?.toLowerCase() ?? null,
  licence: (e) => e.licence?.toLowerCase() ?? null,
  released: (e) => e.releaseDate,
  params: (e) => e.parametersB,
  context: (e) => e.contextWindow,
  input: (e) => e.inputPricePerM,
  output: (e) => e.outputPricePerM,
};

/**
 * Sorts a copy by one column. Unknown values ("—") always go last, whatever the direction, so a
 * sort by price shows priced models first; ties keep the board order (rating, best first).
 */
export function sortEntries(entries: readonly RankedEntry[], order: SortOrder): RankedEntry[] {
  const keyOf = KEY_OF[order.column];
  const sign = order.desc ? -1 : 1;
  return entries
    .map((e, i) => ({ e, i, k: keyOf(e) }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
      const c =
        typeof a.k === "number" && typeof b.k === "number"
          ? a.k - b.k
          : String(a.k).localeCompare(String(b.k));
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map(({ e }) => e);
}

/** `rating` → ascending, `-rating` → descending; null for anything else. */
export function parseSortOrder(value: string): SortOrder | null {
  const desc = value.startsWith("-");
  const column = desc ? value.slice(1) : value;
  return (SORT_COLUMNS as readonly string[]).includes(column)
    ? { column: column as SortColumn, desc }
    : null;
}

export function formatSortOrder(order: SortOrder): string {
  return `${order.desc ? "-" : ""}${order.column}`;
}

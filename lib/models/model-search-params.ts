// URL state of GET /api/models (the model picker's search): the one place that reads and writes
// it. Unlike the pages, a search with an unusable value answers 400: only the picker calls it.
import { firstValue, listValues } from "@/lib/url/param-values";
import { type ParamIssue, type RawParams } from "@/lib/url/param-issue";

/** Longer than any model name or slug; a longer query cannot match and is a mistake. */
export const MAX_QUERY_LENGTH = 100;
/** The picker's list shows this many; a caller may ask for fewer or more, never past MAX. */
export const DEFAULT_LIMIT = 8;
export const MAX_LIMIT = 50;
/** /compare excludes at most the six models it shows; a longer list is not from the picker. */
const MAX_EXCLUDE = 20;

export interface ModelSearchParams {
  q: string;
  /** Slugs already chosen, left out of the matches. */
  exclude: string[];
  limit: number;
}

export function parseModelSearchParams(raw: RawParams): {
  params: ModelSearchParams;
  issues: ParamIssue[];
} {
  const issues: ParamIssue[] = [];
  const q = firstValue(raw.q);
  if (q.length > MAX_QUERY_LENGTH)
    issues.push({
      key: "q",
      value: `${q.slice(0, 20)}…`,
      message: `The search is ${q.length} characters; give at most ${MAX_QUERY_LENGTH}.`,
    });
  const exclude = listValues(raw.exclude);
  if (exclude.length > MAX_EXCLUDE)
    issues.push({
      key: "exclude",
      value: `${exclude.length} slugs`,
      message: `Exclude at most ${MAX_EXCLUDE} models.`,
    });
  let limit = DEFAULT_LIMIT;
  const rawLimit = firstValue(raw.limit);
  if (rawLimit) {
    const n = Number(rawLimit);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_LIMIT) limit = n;
    else
      issues.push({
        key: "limit",
        value: rawLimit,
        message: `limit is a whole number from 1 to ${MAX_LIMIT}.`,
      });
  }
  return { params: { q, exclude: exclude.slice(0, MAX_EXCLUDE), limit }, issues };
}

/** The address the picker fetches: keys in a fixed order, so equal searches share a validator. */
export function modelSearchUrl(q: string, exclude: readonly string[]): string {
  const query = new URLSearchParams({ q });
  if (exclude.length > 0) query.set("exclude", [...exclude].sort().join(","));
  return `/api/models?${query.toString()}`;
}

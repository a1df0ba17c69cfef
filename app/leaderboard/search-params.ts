// URL state of /leaderboard and GET /api/leaderboard: the one place that reads and writes it.
// Parsing never throws: an unusable value becomes a notice naming the valid values and the
// default applies, so a hand-edited or outdated link still opens a sensible board.
import { ARENAS, LICENCE_CLASSES, type Arena, type LicenceClass } from "@/lib/domain";
import { labelCategory, orderCategories } from "@/lib/labels";
import {
  DEFAULT_SORT,
  formatSortOrder,
  parseSortOrder,
  SORT_COLUMNS,
  type SortOrder,
} from "@/lib/leaderboard/sort-entries";
import type { ParamIssue } from "../search-params";
import {
  firstValue as first,
  isIsoDate as isDate,
  listValid,
  listValues as list,
} from "@/lib/url/param-values";
import { type RawParams } from "@/lib/url/param-issue";

export type { ParamIssue };

export interface LeaderboardParams {
  /** A source slug, or null for the automatic choice (newest snapshot with intervals). */
  source: string | null;
  arena: Arena;
  /** Style control on or off. */
  sc: boolean;
  /** Time travel: the board as it stood on this date (YYYY-MM-DD); null = latest. */
  at: string | null;
  cat: string;
  /** Search in model names. */
  q: string;
  sort: SortOrder;
  cls: LicenceClass[];
  /** Licence and organisation slugs. */
  lic: string[];
  org: string[];
  /** Every row, instead of the first LEADERBOARD_PAGE (a 400-model board is 7,000 DOM nodes). */
  all: boolean;
}

/** Rows shown before "Show all": enough for every frontier question, light enough for a phone. */
export const LEADERBOARD_PAGE = 100;

export const DEFAULT_LEADERBOARD_PARAMS: LeaderboardParams = {
  source: null,
  arena: "text",
  sc: false,
  at: null,
  cat: "overall",
  q: "",
  sort: DEFAULT_SORT,
  cls: [],
  lic: [],
  org: [],
  all: false,
};

/** What the data offers; null means "not known yet" and accepts any value (first parsing pass). */
export interface LeaderboardChoices {
  sources: readonly string[] | null;
  categories: readonly string[] | null;
  licences: readonly string[];
  organizations: readonly string[];
}

export const LEADERBOARD_PARAM_KEYS = [
  "source",
  "arena",
  "sc",
  "at",
  "cat",
  "q",
  "sort",
  "cls",
  "lic",
  "org",
  "all",
  "format",
] as const;

const MAX_QUERY = 100;

export function parseLeaderboardParams(
  raw: RawParams,
  choices: LeaderboardChoices,
): { params: LeaderboardParams; issues: ParamIssue[] } {
  const params: LeaderboardParams = { ...DEFAULT_LEADERBOARD_PARAMS, cls: [], lic: [], org: [] };
  const issues: ParamIssue[] = [];
  const bad = (key: string, value: string, valid: readonly string[] | string) =>
    issues.push({
      key,
      value,
      message: `Unknown ${key} "${value}". Valid: ${typeof valid === "string" ? valid : listValid(valid)}.`,
    });
  const accepts = (valid: readonly string[] | null, v: string) =>
    valid === null || valid.includes(v);

  for (const key of Object.keys(raw)) {
    if (!(LEADERBOARD_PARAM_KEYS as readonly string[]).includes(key))
      bad("parameter", key, LEADERBOARD_PARAM_KEYS);
  }
  const arena = first(raw.arena);
  if (arena) {
    if ((ARENAS as readonly string[]).includes(arena)) params.arena = arena as Arena;
    else bad("arena", arena, ARENAS);
  }
  const sc = first(raw.sc);
  if (sc) {
    if (sc === "1" || sc === "0") params.sc = sc === "1";
    else bad("sc", sc, "1 (style control on), 0 (off)");
  }
  const source = first(raw.source);
  if (source) {
    if (accepts(choices.sources, source)) params.source = source;
    else bad("source", source, choices.sources ?? []);
  }
  const at = first(raw.at);
  if (at) {
    if (isDate(at)) params.at = at;
    else bad("at", at, "a date as YYYY-MM-DD (the latest snapshot is shown instead)");
  }
  const cat = first(raw.cat);
  if (cat) {
    if (accepts(choices.categories, cat)) params.cat = cat;
    else
      issues.push({
        key: "cat",
        value: cat,
        message: `This snapshot has no ${labelCategory(cat)} category; showing Overall. It has: ${orderCategories(
          choices.categories ?? [],
        )
          .map(labelCategory)
          .join(", ")}.`,
      });
  }
  params.q = first(raw.q).slice(0, MAX_QUERY);
  const sort = first(raw.sort);
  if (sort) {
    const order = parseSortOrder(sort);
    if (order) params.sort = order;
    else bad("sort", sort, `${SORT_COLUMNS.join(", ")} (prefix - for descending)`);
  }
  for (const c of list(raw.cls)) {
    if ((LICENCE_CLASSES as readonly string[]).includes(c)) params.cls.push(c as LicenceClass);
    else bad("cls", c, LICENCE_CLASSES);
  }
  for (const l of list(raw.lic)) {
    if (choices.licences.includes(l)) params.lic.push(l);
    else bad("lic", l, "licence slugs as listed in the filter, e.g. apache-2-0, mit");
  }
  for (const o of list(raw.org)) {
    if (choices.organizations.includes(o)) params.org.push(o);
    else bad("org", o, "organisation slugs as listed in the filter, e.g. meta, openai");
  }
  const all = first(raw.all);
  if (all) {
    if (all === "1" || all === "0") params.all = all === "1";
    else bad("all", all, `1 (every row), 0 (the first ${LEADERBOARD_PAGE})`);
  }
  return { params, issues };
}

/** The shortest query string for a state: defaults are left out so links stay clean and stable. */
export function serializeLeaderboardParams(p: LeaderboardParams): string {
  const q = new URLSearchParams();
  const d = DEFAULT_LEADERBOARD_PARAMS;
  if (p.source) q.set("source", p.source);
  if (p.arena !== d.arena) q.set("arena", p.arena);
  if (p.sc) q.set("sc", "1");
  if (p.at) q.set("at", p.at);
  if (p.cat !== d.cat) q.set("cat", p.cat);
  if (p.q.trim()) q.set("q", p.q.trim());
  const sort = formatSortOrder(p.sort);
  if (sort !== formatSortOrder(d.sort)) q.set("sort", sort);
  if (p.cls.length) q.set("cls", [...new Set(p.cls)].join(","));
  if (p.lic.length) q.set("lic", [...new Set(p.lic)].join(","));
  if (p.org.length) q.set("org", [...new Set(p.org)].join(","));
  if (p.all) q.set("all", "1");
  const s = q.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}

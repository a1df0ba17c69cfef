// URL state of the gap view (`/`) and of GET /api/gap: the one place that reads and writes it.
// Parsing never throws: every unusable value becomes a notice naming the valid values, and the
// default is used instead, so a hand-edited link still opens a sensible view.
import {
  ARENAS,
  LICENCE_CLASSES,
  OPEN_WEIGHT_CLASSES,
  type Arena,
  type LicenceClass,
} from "@/lib/domain";
import {
  firstValue as first,
  isIsoDate as isDate,
  joinedValues as joined,
  listValid,
  listValues as list,
} from "@/lib/url/param-values";
import { type ParamIssue, type RawParams } from "@/lib/url/param-issue";

export type { ParamIssue };

export interface GapParams {
  cat: string;
  arena: Arena;
  /** Style control on (LMArena's default since 2025) or off. */
  sc: boolean;
  /** Licence classes counted as open. */
  open: LicenceClass[];
  /** Individual licences (slugs) counted as open in addition to the classes. */
  lic: string[];
  /** Organisations to include (empty = all) and to exclude, as slugs. */
  orgIn: string[];
  orgOut: string[];
  from: string | null;
  to: string | null;
  /** A source slug, or "all" for the stitched timeline. */
  source: string;
  /** Model releases drawn as lines on the chart (off by default: 60-odd lines read as noise). */
  rel: boolean;
}

export const DEFAULT_GAP_PARAMS: GapParams = {
  cat: "overall",
  arena: "text",
  sc: false,
  open: [...OPEN_WEIGHT_CLASSES],
  lic: [],
  orgIn: [],
  orgOut: [],
  from: null,
  to: null,
  source: "all",
  rel: false,
};

/** What the data offers; values outside these lists are reported, not silently used. */
export interface GapChoices {
  categories: readonly string[];
  sources: readonly string[];
  licences: readonly string[];
  organizations: readonly string[];
}

export const GAP_PARAM_KEYS = [
  "cat",
  "arena",
  "sc",
  "open",
  "lic",
  "org",
  "from",
  "to",
  "source",
  "rel",
  "format",
] as const;

export function parseGapParams(
  raw: RawParams,
  choices: GapChoices,
): { params: GapParams; issues: ParamIssue[] } {
  const params: GapParams = {
    ...DEFAULT_GAP_PARAMS,
    open: [...DEFAULT_GAP_PARAMS.open],
    lic: [],
    orgIn: [],
    orgOut: [],
  };
  const issues: ParamIssue[] = [];
  const bad = (key: string, value: string, valid: readonly string[] | string) =>
    issues.push({
      key,
      value,
      message: `Unknown ${key} "${value}". Valid: ${typeof valid === "string" ? valid : listValid(valid)}.`,
    });

  for (const key of Object.keys(raw)) {
    if (!(GAP_PARAM_KEYS as readonly string[]).includes(key)) bad("parameter", key, GAP_PARAM_KEYS);
  }
  const cat = first(raw.cat);
  if (cat) {
    if (choices.categories.includes(cat)) params.cat = cat;
    else bad("cat", cat, choices.categories);
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
  const open = joined(raw.open);
  if (open) {
    const wanted = list(open);
    const valid = LICENCE_CLASSES.filter((c) => c !== "proprietary");
    const unknown = wanted.filter((c) => !(valid as readonly string[]).includes(c));
    unknown.forEach((u) => bad("open", u, valid));
    const known = wanted.filter((c): c is LicenceClass => (valid as readonly string[]).includes(c));
    if (known.length) params.open = known;
  }
  const lic = joined(raw.lic);
  if (lic) {
    for (const l of list(lic)) {
      if (choices.licences.includes(l)) params.lic.push(l);
      else bad("lic", l, choices.licences);
    }
    if (params.lic.length && !open) params.open = [];
  }
  const org = joined(raw.org);
  if (org) {
    for (const o of list(org)) {
      const slug = o.replace(/^-/, "");
      if (!choices.organizations.includes(slug))
        bad("org", slug, "organisation slugs as listed in the filter (prefix - to exclude)");
      else (o.startsWith("-") ? params.orgOut : params.orgIn).push(slug);
    }
  }
  for (const key of ["from", "to"] as const) {
    const v = first(raw[key]);
    if (!v) continue;
    if (isDate(v)) params[key] = v;
    else bad(key, v, "a date as YYYY-MM-DD");
  }
  if (params.from && params.to && params.from > params.to) {
    issues.push({
      key: "to",
      value: params.to,
      message: `"to" (${params.to}) is before "from" (${params.from}); the range was swapped.`,
    });
    [params.from, params.to] = [params.to, params.from];
  }
  const rel = first(raw.rel);
  if (rel) {
    if (rel === "1" || rel === "0") params.rel = rel === "1";
    else bad("rel", rel, "1 (show model releases on the chart), 0 (hide)");
  }
  const source = first(raw.source);
  if (source) {
    if (source === "all" || choices.sources.includes(source)) params.source = source;
    else bad("source", source, ["all", ...choices.sources]);
  }
  return { params, issues };
}

/** The shortest query string for a state: defaults are left out so links stay clean and stable. */
export function serializeGapParams(p: GapParams): string {
  const q = new URLSearchParams();
  const d = DEFAULT_GAP_PARAMS;
  if (p.cat !== d.cat) q.set("cat", p.cat);
  if (p.arena !== d.arena) q.set("arena", p.arena);
  if (p.sc !== d.sc) q.set("sc", p.sc ? "1" : "0");
  const openChanged =
    p.open.length !== d.open.length || p.open.some((c) => !d.open.includes(c as never));
  if (openChanged && (p.open.length || !p.lic.length)) q.set("open", p.open.join(","));
  if (p.lic.length) q.set("lic", p.lic.join(","));
  const orgs = [...p.orgIn, ...p.orgOut.map((o) => `-${o}`)];
  if (orgs.length) q.set("org", orgs.join(","));
  if (p.from) q.set("from", p.from);
  if (p.to) q.set("to", p.to);
  if (p.source !== d.source) q.set("source", p.source);
  if (p.rel !== d.rel) q.set("rel", p.rel ? "1" : "0");
  const s = q.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}

/** A definition of open other than the default classes, or an organisation filter. */
export function hasCustomDefinition(p: GapParams): boolean {
  const d = DEFAULT_GAP_PARAMS.open;
  const defaultOpen = p.open.length === d.length && d.every((c) => p.open.includes(c));
  return p.lic.length > 0 || p.orgIn.length > 0 || p.orgOut.length > 0 || !defaultOpen;
}

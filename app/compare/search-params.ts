// URL state of /compare and GET /api/compare: the one place that reads and writes it. Parsing
// never throws: unusable values become notices and are dropped, so a hand-edited link still opens.
// Whether a slug names a real model is checked against the database later (load-compare-view).
import { toModelSlug } from "@/lib/identity/to-model-slug";
import { parseSeriesKey } from "@/lib/models/series-key";
import { firstValue as first, isIsoDate, joinedValues as joined } from "@/lib/url/param-values";
import { type ParamIssue, type RawParams } from "@/lib/url/param-issue";

export type { ParamIssue };

export const MIN_MODELS = 2;
export const MAX_MODELS = 6;

export interface CompareParams {
  /** Model slugs in the order given; the first is the baseline of the delta table. */
  models: string[];
  /** Category of the history lines (the bars show every category). */
  cat: string;
  /** Pins the snapshot: the one on this date, else the nearest earlier one. */
  at: string | null;
  /** Pins the board (a board key such as `lmarena-catalog.sc`); null = chosen automatically. */
  source: string | null;
}

export const DEFAULT_COMPARE_PARAMS: CompareParams = {
  models: [],
  cat: "overall",
  at: null,
  source: null,
};

export const COMPARE_PARAM_KEYS = ["models", "cat", "at", "source", "format"] as const;

export function parseCompareParams(raw: RawParams): {
  params: CompareParams;
  issues: ParamIssue[];
} {
  const params: CompareParams = { ...DEFAULT_COMPARE_PARAMS, models: [] };
  const issues: ParamIssue[] = [];
  const bad = (key: string, value: string, message: string) => issues.push({ key, value, message });

  for (const key of Object.keys(raw)) {
    if (!(COMPARE_PARAM_KEYS as readonly string[]).includes(key))
      bad("parameter", key, `Unknown parameter "${key}". Valid: ${COMPARE_PARAM_KEYS.join(", ")}.`);
  }
  // Links carry slugs; the no-JavaScript form lets people type names, which slug the same way.
  const wanted = joined(raw.models)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const extra: string[] = [];
  for (const entry of wanted) {
    const slug = toModelSlug(entry);
    if (!slug) bad("models", entry, `Ignored "${entry}": not a model name or slug.`);
    else if (params.models.includes(slug)) continue;
    else if (params.models.length >= MAX_MODELS) extra.push(slug);
    else params.models.push(slug);
  }
  if (extra.length)
    bad(
      "models",
      extra.join(","),
      `At most ${MAX_MODELS} models can be compared; ignored: ${extra.join(", ")}.`,
    );
  const cat = first(raw.cat);
  if (cat) {
    if (/^[a-z0-9-]+$/.test(cat)) params.cat = cat;
    else
      bad("cat", cat, `Unknown cat "${cat}": categories are slugs such as overall, coding, math.`);
  }
  const at = first(raw.at);
  if (at) {
    if (isIsoDate(at)) params.at = at;
    else bad("at", at, `Ignored at "${at}": give a date as YYYY-MM-DD.`);
  }
  const source = first(raw.source);
  if (source) {
    if (parseSeriesKey(source)) params.source = source;
    else bad("source", source, `Unknown source "${source}".`);
  }
  return { params, issues };
}

/** The shortest query string for a state (defaults left out), with readable commas. */
export function serializeCompareParams(p: CompareParams): string {
  const q = new URLSearchParams();
  if (p.models.length) q.set("models", p.models.join(","));
  if (p.cat !== DEFAULT_COMPARE_PARAMS.cat) q.set("cat", p.cat);
  if (p.at) q.set("at", p.at);
  if (p.source) q.set("source", p.source);
  const s = q.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}

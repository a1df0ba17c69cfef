// URL state of /models/[slug]: the category of the history and the optional single board.
// Parsing never throws; whether the model has the category or board is checked by the loader.
import { parseSeriesKey } from "@/lib/models/series-key";
import { firstValue as first } from "@/lib/url/param-values";
import { type ParamIssue, type RawParams } from "@/lib/url/param-issue";

export type { ParamIssue };

export interface ModelParams {
  cat: string;
  /** Show one board's line only (a board key); null = one line per board. */
  source: string | null;
}

export const DEFAULT_MODEL_PARAMS: ModelParams = { cat: "overall", source: null };

const KEYS = ["cat", "source"] as const;

export function parseModelParams(raw: RawParams): { params: ModelParams; issues: ParamIssue[] } {
  const params: ModelParams = { ...DEFAULT_MODEL_PARAMS };
  const issues: ParamIssue[] = [];
  for (const key of Object.keys(raw))
    if (!(KEYS as readonly string[]).includes(key))
      issues.push({
        key: "parameter",
        value: key,
        message: `Unknown parameter "${key}". Valid: cat, source.`,
      });
  const cat = first(raw.cat);
  if (cat) {
    if (/^[a-z0-9-]+$/.test(cat)) params.cat = cat;
    else issues.push({ key: "cat", value: cat, message: `Unknown cat "${cat}".` });
  }
  const source = first(raw.source);
  if (source) {
    if (parseSeriesKey(source)) params.source = source;
    else issues.push({ key: "source", value: source, message: `Unknown source "${source}".` });
  }
  return { params, issues };
}

export function serializeModelParams(p: ModelParams): string {
  const q = new URLSearchParams();
  if (p.cat !== DEFAULT_MODEL_PARAMS.cat) q.set("cat", p.cat);
  if (p.source) q.set("source", p.source);
  const s = q.toString();
  return s ? `?${s}` : "";
}

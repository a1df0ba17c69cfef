// URL state of /metrics and GET /api/metrics: the one place that reads and writes it. Parsing
// never throws: unusable values become notices and are dropped, so a hand-edited link still
// opens. Whether a slug names a stored metric is checked against the database by the loader.
import { firstValue as first, isIsoDate, listValues as list } from "@/lib/url/param-values";
import { type ParamIssue, type RawParams } from "@/lib/url/param-issue";

export type { ParamIssue };

/** At most this many small charts side by side. */
export const MAX_METRICS = 12;

export interface MetricsParams {
  /** Metric slugs, in the order shown. */
  m: string[];
  /** Start of the shared time axis. */
  from: string;
}

/** The four yardsticks of the question, each from its newest export. */
export const DEFAULT_METRICS = [
  "epoch-eci-2026-03",
  "epoch-gpqa-diamond",
  "swe-bench-verified",
  "livebench-average",
] as const;

export const DEFAULT_METRICS_PARAMS: MetricsParams = {
  m: [...DEFAULT_METRICS],
  // Epoch's open-vs-closed analysis starts here; earlier scores are still in the API.
  from: "2023-01-01",
};

export const METRICS_PARAM_KEYS = ["m", "from", "format"] as const;

export function parseMetricsParams(raw: RawParams): {
  params: MetricsParams;
  issues: ParamIssue[];
} {
  const params: MetricsParams = { ...DEFAULT_METRICS_PARAMS, m: [...DEFAULT_METRICS_PARAMS.m] };
  const issues: ParamIssue[] = [];
  const bad = (key: string, value: string, message: string) => issues.push({ key, value, message });
  for (const key of Object.keys(raw))
    if (!(METRICS_PARAM_KEYS as readonly string[]).includes(key))
      bad("parameter", key, `Unknown parameter "${key}". Valid: ${METRICS_PARAM_KEYS.join(", ")}.`);
  if (raw.m !== undefined) {
    const wanted = list(raw.m);
    const ok = wanted.filter((s) => /^[a-z0-9-]+$/.test(s));
    for (const s of wanted.filter((x) => !ok.includes(x)))
      bad("m", s, `Ignored "${s}": metrics are slugs such as epoch-gpqa-diamond.`);
    if (ok.length > MAX_METRICS)
      bad(
        "m",
        ok.slice(MAX_METRICS).join(","),
        `At most ${MAX_METRICS} metrics; the rest were ignored.`,
      );
    if (ok.length > 0) params.m = ok.slice(0, MAX_METRICS);
  }
  const from = first(raw.from);
  if (from) {
    if (isIsoDate(from)) params.from = from;
    else bad("from", from, `Ignored from "${from}": give a date as YYYY-MM-DD.`);
  }
  return { params, issues };
}

/** The shortest query string for a state (defaults left out), with readable commas. */
export function serializeMetricsParams(p: MetricsParams): string {
  const q = new URLSearchParams();
  if (p.m.join(",") !== DEFAULT_METRICS_PARAMS.m.join(",")) q.set("m", p.m.join(","));
  if (p.from !== DEFAULT_METRICS_PARAMS.from) q.set("from", p.from);
  const s = q.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}

// URL state of the selection wizard (`/wizard`): every answer and assumption, so any step and
// the result can be shared. Parsing never throws: an unusable value becomes a notice naming the
// valid values, and the default applies. Serializing drops defaults and is stable, so the page
// can redirect a plain form submission to the canonical link.
import {
  DEFAULT_ANSWERS,
  GPU_CLASSES,
  LANGUAGES,
  LICENCE_NEEDS,
  OPS_MODES,
  QUALITY_BARS,
  QUANT_CHOICES,
  TASKS,
  WIZARD_STEPS,
  type WizardAnswers,
  type WizardStep,
} from "@/lib/wizard/answers";
import { firstValue as first, listValues as list } from "@/lib/url/param-values";
import { type ParamIssue, type RawParams } from "@/lib/url/param-issue";

export type { ParamIssue };

/** URL keys in serialization order, grouped by the step whose form asks for them. */
export const STEP_KEYS = {
  tasks: ["task", "lang"],
  quality: ["q", "qn"],
  data: ["priv"],
  licence: ["lic"],
  budget: ["budget", "vol"],
  infra: ["gpus", "vram", "ops"],
  targets: ["speed", "tput"],
  result: ["split", "ctx", "conc", "quant", "rent", "gph"],
} as const satisfies Record<WizardStep, readonly string[]>;
export const WIZARD_PARAM_KEYS = ["step", ...Object.values(STEP_KEYS).flat()] as readonly string[];

const oneOf = <T extends string>(valid: readonly T[], v: string): v is T =>
  (valid as readonly string[]).includes(v);

/** "2,000", "$2000", "2k" → numbers ("32k" tokens = 32,768 when `binary`); else NaN. */
function toNumber(v: string, binary: boolean): number {
  const m = /^\$?\s*([\d,]*\.?\d+)\s*([kKmM]?)$/.exec(v.replace(/_/g, ""));
  if (!m) return NaN;
  const n = Number(m[1]!.replace(/,/g, ""));
  const unit = m[2]!.toLowerCase();
  const k = binary ? 1024 : 1000;
  return unit === "k" ? n * k : unit === "m" ? n * k * k : n;
}

export function parseWizardParams(raw: RawParams): {
  answers: WizardAnswers;
  issues: ParamIssue[];
} {
  const a: WizardAnswers = { ...DEFAULT_ANSWERS, assumptions: { ...DEFAULT_ANSWERS.assumptions } };
  const issues: ParamIssue[] = [];
  const bad = (key: string, value: string, expected: string) =>
    issues.push({
      key,
      value,
      message: `Unusable ${key} "${value}": expected ${expected}; the default applies.`,
    });
  const valid = (vals: readonly (string | number)[]) => `one of ${vals.join(", ")}`;

  for (const key of Object.keys(raw))
    if (!WIZARD_PARAM_KEYS.includes(key))
      bad("parameter", key, `a known key (${WIZARD_PARAM_KEYS.join(", ")})`);

  const pickList = <T extends string>(key: string, vals: readonly T[]): T[] | null => {
    const got = list(raw[key]);
    for (const v of got.filter((v) => !oneOf(vals, v))) bad(key, v, valid(vals));
    const ok = [...new Set(got.filter((v): v is T => oneOf(vals, v)))];
    return ok.length ? vals.filter((v) => ok.includes(v)) : null;
  };
  const pickOne = <T extends string>(key: string, vals: readonly T[]): T | null => {
    const v = first(raw[key]);
    if (!v) return null;
    if (oneOf(vals, v)) return v;
    bad(key, v, valid(vals));
    return null;
  };
  const pickNumber = (key: string, min: number, max: number, expected: string, integer = false) => {
    const v = first(raw[key]);
    if (!v) return null;
    const n = toNumber(v, key === "ctx");
    if (Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n))) return n;
    bad(
      key,
      v,
      `${expected} between ${min.toLocaleString("en-US")} and ${max.toLocaleString("en-US")}`,
    );
    return null;
  };
  const pickGpu = (key: string) => {
    const n = pickNumber(key, 1, 1000, "a GPU memory size in GB", true);
    if (n === null) return null;
    if ((GPU_CLASSES as readonly number[]).includes(n)) return n as WizardAnswers["vram"];
    bad(key, String(n), valid(GPU_CLASSES));
    return null;
  };

  a.step = pickOne("step", WIZARD_STEPS) ?? a.step;
  a.tasks = pickList("task", TASKS) ?? a.tasks;
  a.langs = pickList("lang", LANGUAGES) ?? a.langs;
  a.quality = pickOne("q", QUALITY_BARS) ?? a.quality;
  a.within = pickNumber("qn", 1, 500, "rating points", true) ?? a.within;
  const priv = first(raw.priv);
  if (priv === "1" || priv === "0") a.privacy = priv === "1";
  else if (priv) bad("priv", priv, "1 (data must stay in-house) or 0");
  a.licence = pickList("lic", LICENCE_NEEDS) ?? a.licence;
  a.budget = pickNumber("budget", 0, 1e9, "US dollars per month") ?? a.budget;
  a.volumeM = pickNumber("vol", 0.001, 1e7, "millions of tokens per month") ?? a.volumeM;
  a.gpus = pickNumber("gpus", 0, 4096, "a whole number of GPUs", true) ?? a.gpus;
  a.vram = pickGpu("vram") ?? a.vram;
  a.ops = pickOne("ops", OPS_MODES) ?? a.ops;
  a.speed = pickNumber("speed", 0.1, 100000, "output tokens/s per request") ?? a.speed;
  a.tput = pickNumber("tput", 0.1, 1e8, "output tokens/s in total") ?? a.tput;

  const split = first(raw.split);
  const sm = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(split);
  if (sm && Number(sm[1]) > 0 && Number(sm[2]) > 0)
    a.assumptions.split = [Number(sm[1]), Number(sm[2])];
  else if (split) bad("split", split, "an input:output ratio such as 3:1");
  const s = a.assumptions;
  s.ctx = pickNumber("ctx", 1024, 10485760, "a context length in tokens", true) ?? s.ctx;
  s.conc = pickNumber("conc", 1, 4096, "a whole number of concurrent requests", true) ?? s.conc;
  s.quant = pickOne("quant", QUANT_CHOICES) ?? s.quant;
  s.rent = pickGpu("rent") ?? s.rent;
  s.gph = pickNumber("gph", 0.01, 1000, "US dollars per GPU-hour") ?? s.gph;
  return { answers: a, issues };
}

const same = (x: readonly unknown[], y: readonly unknown[]) =>
  x.length === y.length && x.every((v, i) => v === y[i]);

/** The canonical query for a state (defaults left out), keys in STEP_KEYS order. */
export function serializeWizardParams(a: WizardAnswers): string {
  const d = DEFAULT_ANSWERS;
  const s = a.assumptions;
  const ds = d.assumptions;
  const q = new URLSearchParams();
  const put = (key: string, value: string, isDefault: boolean) => {
    if (!isDefault) q.set(key, value);
  };
  put("step", a.step, a.step === d.step);
  put("task", a.tasks.join(","), same(a.tasks, d.tasks));
  put("lang", a.langs.join(","), same(a.langs, d.langs));
  put("q", a.quality, a.quality === d.quality);
  put("qn", String(a.within), a.within === d.within);
  put("priv", "1", !a.privacy);
  put("lic", a.licence.join(","), a.licence.length === 0);
  put("budget", String(a.budget), a.budget === null);
  put("vol", String(a.volumeM), a.volumeM === d.volumeM);
  put("gpus", String(a.gpus), a.gpus === d.gpus);
  put("vram", String(a.vram), a.vram === d.vram);
  put("ops", a.ops, a.ops === d.ops);
  put("speed", String(a.speed), a.speed === null);
  put("tput", String(a.tput), a.tput === null);
  put("split", s.split.join(":"), same(s.split, ds.split));
  put("ctx", String(s.ctx), s.ctx === ds.ctx);
  put("conc", String(s.conc), s.conc === ds.conc);
  put("quant", s.quant, s.quant === ds.quant);
  put("rent", String(s.rent), s.rent === ds.rent);
  put("gph", String(s.gph), s.gph === null);
  const out = q.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
  return out ? `?${out}` : "";
}

export const wizardHref = (a: WizardAnswers, step: WizardStep = a.step) =>
  `/wizard${serializeWizardParams({ ...a, step })}`;

/** The answers every step's form carries as hidden inputs: all but its own questions. */
export function hiddenFields(a: WizardAnswers, step: WizardStep): [string, string][] {
  const own: readonly string[] = STEP_KEYS[step];
  const entries = [...new URLSearchParams(serializeWizardParams(a)).entries()];
  return entries.filter(([k]) => k !== "step" && !own.includes(k));
}

/** The query string as it arrived, to tell a canonical link from a raw form submission. */
export function rawQuery(raw: RawParams): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(raw))
    for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) q.append(k, x);
  const out = q.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
  return out ? `?${out}` : "";
}

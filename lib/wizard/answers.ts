// The wizard's questions as fixed value sets, and the answers' shape. The URL module
// (app/wizard/search-params.ts) reads and writes these; the recommendation logic consumes them.

export const WIZARD_STEPS = [
  "tasks",
  "quality",
  "data",
  "licence",
  "budget",
  "infra",
  "targets",
  "result",
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const STEP_LABELS = {
  tasks: "Tasks",
  quality: "Quality bar",
  data: "Data handling",
  licence: "Licence",
  budget: "Budget and volume",
  infra: "Hardware and operations",
  targets: "Latency and throughput",
  result: "Shortlist",
} as const satisfies Record<WizardStep, string>;

export const TASKS = ["chat", "coding", "math", "long", "vision", "multilingual"] as const;
export type Task = (typeof TASKS)[number];

/** Language boards of the text arena that "multilingual" can mean. */
export const LANGUAGES = [
  "chinese",
  "french",
  "german",
  "japanese",
  "korean",
  "russian",
  "spanish",
] as const;
export type Language = (typeof LANGUAGES)[number];

export const QUALITY_BARS = ["frontier", "within", "any"] as const;
export type QualityBar = (typeof QUALITY_BARS)[number];

export const LICENCE_NEEDS = ["commercial", "derivatives", "osi"] as const;
export type LicenceNeed = (typeof LICENCE_NEEDS)[number];

/** `api`: managed APIs only; `any`: the team can also run its own inference servers. */
export const OPS_MODES = ["api", "any"] as const;
export type OpsMode = (typeof OPS_MODES)[number];

export const QUANT_CHOICES = ["auto", "16", "8", "4"] as const;
export type QuantChoice = (typeof QUANT_CHOICES)[number];

/** GPU memory classes in GB (one per common data-centre card). */
export const GPU_CLASSES = [24, 40, 48, 80, 94, 141, 192] as const;
export type GpuClass = (typeof GPU_CLASSES)[number];

/** Editable estimate assumptions: shown on the result and kept in the URL like every answer. */
export interface Assumptions {
  /** Input:output token ratio of the monthly volume, e.g. 3:1. */
  split: readonly [number, number];
  /** Context length to provision per request (tokens). */
  ctx: number;
  /** Requests served at once at full context (sizes the KV cache). */
  conc: number;
  quant: QuantChoice;
  /** GPU class rented when no GPUs are owned. */
  rent: GpuClass;
  /** $/GPU-hour override; null = the default of the GPU class. */
  gph: number | null;
}

export interface WizardAnswers {
  step: WizardStep;
  tasks: Task[];
  langs: Language[];
  quality: QualityBar;
  /** Points behind the best allowed when quality = "within". */
  within: number;
  /** Data must stay in-house: only self-hosting qualifies. */
  privacy: boolean;
  licence: LicenceNeed[];
  /** USD per month; null = no limit. */
  budget: number | null;
  /** Millions of tokens per month (input + output). */
  volumeM: number;
  /** Owned GPUs; 0 = none (self-hosting then rents). */
  gpus: number;
  vram: GpuClass;
  ops: OpsMode;
  /** Minimum output tokens/s per request; null = no target. */
  speed: number | null;
  /** Minimum aggregate output tokens/s at peak; null = no target. */
  tput: number | null;
  assumptions: Assumptions;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  split: [3, 1],
  ctx: 32768,
  conc: 4,
  quant: "auto",
  rent: 80,
  gph: null,
};

export const DEFAULT_ANSWERS: WizardAnswers = {
  step: "tasks",
  tasks: ["chat"],
  langs: [...LANGUAGES],
  quality: "any",
  within: 30,
  privacy: false,
  licence: [],
  budget: null,
  volumeM: 100,
  gpus: 0,
  vram: 80,
  ops: "any",
  speed: null,
  tput: null,
  assumptions: DEFAULT_ASSUMPTIONS,
};

// Fixed value sets of the benchmark side: shared by the adapters, the schema and the analytics.

/** Whether a bigger number is better (accuracy, an index) or a smaller one (error, cost). */
export const METRIC_DIRECTIONS = ["higher", "lower"] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

/** Openness as a benchmark source states it, normalised; absent when the source says nothing. */
export const STATED_OPENNESS = ["open", "closed", "unreleased"] as const;
export type StatedOpenness = (typeof STATED_OPENNESS)[number];

/** What a score's date is: the model's release, the leaderboard submission, or when the source first listed it. */
export const METRIC_DATE_BASES = ["release", "submission", "listed", "upload"] as const;
export type MetricDateBasis = (typeof METRIC_DATE_BASES)[number];

export const METRIC_DATE_BASIS_LABELS = {
  release: "model release date",
  submission: "leaderboard submission date",
  listed: "date the source first listed the model",
  upload: "Hugging Face upload date",
} as const satisfies Record<MetricDateBasis, string>;

/** Which side of the gap a score counts on, and who said so. */
export const OPENNESS_BASES = ["source", "licence-review", "benchmark-review", "none"] as const;
export type OpennessBasis = (typeof OPENNESS_BASES)[number];

export const OPENNESS_BASIS_LABELS = {
  source: "the source's own accessibility flag",
  "licence-review": "OpenGap's licence review of the matched model",
  "benchmark-review": "OpenGap's review of this benchmark name",
  none: "not known: counted on neither side",
} as const satisfies Record<OpennessBasis, string>;

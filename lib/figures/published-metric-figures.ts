/** How a published benchmark figure states the gap. */
export const METRIC_FIGURE_MEASURES = [
  "average-lag-months",
  "best-closed",
  "best-open",
  "gap",
] as const;
export type MetricFigureMeasure = (typeof METRIC_FIGURE_MEASURES)[number];

export interface PublishedMetricFigure {
  id: string;
  publisher: string;
  /** The claim as published. */
  claim: string;
  /** The metric (and so the export) OpenGap recomputes it from. */
  metric: string;
  /** The date the figure is about; OpenGap reads the export as of then. */
  date: string;
  measure: MetricFigureMeasure;
  value: number;
  /** Differences up to this count as a match. */
  tolerance: number;
  /** For an average over a period: its first day (the last is `date`). */
  from?: string;
  source: string;
}

// Figures on benchmarks rather than Arena, each recomputed from the source's own export.
export const PUBLISHED_METRIC_FIGURES: readonly PublishedMetricFigure[] = [
  {
    id: "epoch-eci-average-lag-oct-2025",
    publisher: "Epoch AI",
    claim:
      "Open-weight models lag the state of the art by 3.5 months on average on the Epoch Capabilities Index, January 2023 – October 2025 (90% CI 1.1–5.3)",
    metric: "epoch-eci",
    date: "2025-10-30",
    from: "2023-01-01",
    measure: "average-lag-months",
    value: 3.5,
    tolerance: 1,
    source: "https://epoch.ai/data-insights/open-weights-vs-closed-weights-models",
  },
  {
    id: "swe-bench-bash-only-best-closed-2025",
    publisher: "SWE-bench (swebench.com)",
    claim: "bash-only leaderboard, end of 2025: best closed model 74.4% (Claude 4.5 Opus)",
    metric: "swe-bench-bash-only",
    date: "2025-12-10",
    measure: "best-closed",
    value: 74.4,
    tolerance: 0.05,
    source: "https://www.swebench.com",
  },
  {
    id: "swe-bench-bash-only-best-open-2025",
    publisher: "SWE-bench (swebench.com)",
    claim: "bash-only leaderboard, end of 2025: best open model 61.0% (MiniMax M2)",
    metric: "swe-bench-bash-only",
    date: "2025-12-10",
    measure: "best-open",
    value: 61.0,
    tolerance: 0.05,
    source: "https://www.swebench.com",
  },
];

import type { MetricSourceInfo } from "../metric-types";

/**
 * The files carry no date: the collector downloaded them on 2026-01-20 (commit f896285 of
 * Pietro-Panizza/Data-Visualization-Final-Project), so the whole export is dated that day.
 */
export const EXPORT_DATE = "2026-01-20";

export const info = {
  slug: "epoch-benchmarks",
  name: "Epoch AI Benchmarking Hub (export of 2026-01-20)",
  publisher:
    "Epoch AI, via github.com/Pietro-Panizza/Data-Visualization-Final-Project (a copy of the export)",
  dataLicence: "CC BY 4.0 (Epoch AI's data licence, stated in the export's README)",
  homepage: "https://epoch.ai/benchmarks",
  dataDir: "epoch-benchmarking-hub-2026-01-pietropanizza",
  series:
    "Epoch AI's own benchmark runs and its Capabilities Index, one score per model version, dated by the model's release date",
  kind: "metrics",
  nonCommercial: false,
  attribution: "Epoch AI, 'Data on AI Benchmarking', https://epoch.ai/benchmarks (CC BY 4.0)",
} satisfies MetricSourceInfo;

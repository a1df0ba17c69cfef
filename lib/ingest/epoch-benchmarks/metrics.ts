import type { MetricInfo } from "../metric-types";

const pct = [0, 100] as const;

/** Epoch Capabilities Index: anchored so that GPT-5 (high) is 150; observed 90–160. */
export const ECI_PLAUSIBLE = [0, 300] as const;

export const ECI_DESCRIPTION =
  "Epoch AI's composite capability index, fitted across many benchmarks and re-fitted at every export";

export const ECI_METRIC: MetricInfo = {
  slug: "epoch-eci",
  name: "Epoch Capabilities Index (export of 2026-01-20)",
  shortName: "ECI (Jan 2026)",
  unit: "ECI",
  direction: "higher",
  description: ECI_DESCRIPTION,
  plausible: ECI_PLAUSIBLE,
  openOnly: false,
};

/** Epoch's own runs read here, by file: mean accuracy with its standard error. */
export const BENCHMARK_FILES: Readonly<Record<string, MetricInfo>> = {
  "gpqa_diamond.csv": {
    slug: "epoch-gpqa-diamond",
    name: "GPQA Diamond (Epoch AI runs)",
    shortName: "GPQA Diamond",
    unit: "%",
    direction: "higher",
    description: "198 graduate-level science questions; mean accuracy over Epoch AI's runs",
    plausible: pct,
    openOnly: false,
  },
  "swe_bench_verified.csv": {
    slug: "epoch-swe-bench-verified",
    name: "SWE-bench Verified (Epoch AI runs)",
    shortName: "SWE-bench Verified (Epoch)",
    unit: "%",
    direction: "higher",
    description:
      "Real GitHub issues resolved, run by Epoch AI with one scaffold for every model (a subset of the 500 tasks)",
    plausible: pct,
    openOnly: false,
  },
  "math_level_5.csv": {
    slug: "epoch-math-level-5",
    name: "MATH Level 5 (Epoch AI runs)",
    shortName: "MATH Level 5",
    unit: "%",
    direction: "higher",
    description: "The hardest level of the MATH competition problems; mean accuracy",
    plausible: pct,
    openOnly: false,
  },
  "otis_mock_aime_2024_2025.csv": {
    slug: "epoch-otis-aime",
    name: "OTIS Mock AIME 2024–2025 (Epoch AI runs)",
    shortName: "OTIS Mock AIME",
    unit: "%",
    direction: "higher",
    description: "AIME-style competition problems written after most training cut-offs",
    plausible: pct,
    openOnly: false,
  },
  "frontiermath.csv": {
    slug: "epoch-frontiermath",
    name: "FrontierMath tiers 1–3 (Epoch AI runs)",
    shortName: "FrontierMath",
    unit: "%",
    direction: "higher",
    description: "Unpublished research-level mathematics problems; mean accuracy",
    plausible: pct,
    openOnly: false,
  },
};

export const ECI_FILE = "epoch_capabilities_index.csv";

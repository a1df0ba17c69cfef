import type { MetricSourceInfo } from "../metric-types";

/** The collector's commit 5c4780a (2026-03-09, "update ECI data"); later commits add hand-written rows. */
export const EXPORT_DATE = "2026-03-09";

export const info = {
  slug: "epoch-eci-2026-03",
  name: "Epoch Capabilities Index (export of 2026-03-09)",
  publisher:
    "Epoch AI, via github.com/peterhurford/metr_graph (a copy of the index table; not verifiable as an unmodified download)",
  dataLicence:
    "CC BY 4.0 (Epoch AI's data licence; the copying repository states no licence of its own)",
  homepage: "https://epoch.ai/benchmarks",
  dataDir: "epoch-eci-2026-03-peterhurford",
  series:
    "Epoch AI's Capabilities Index as re-fitted in March 2026: never mixed with the January export",
  kind: "metrics",
  nonCommercial: false,
  attribution: "Epoch AI, 'Data on AI Benchmarking', https://epoch.ai/benchmarks (CC BY 4.0)",
} satisfies MetricSourceInfo;

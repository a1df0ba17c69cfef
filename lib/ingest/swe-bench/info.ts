import type { MetricSourceInfo } from "../metric-types";

/** leaderboards.json at commit f1176b6, the newest version the collector could read. */
export const EXPORT_DATE = "2025-12-10";

export const info = {
  slug: "swe-bench",
  name: "SWE-bench leaderboards (swebench.com)",
  publisher: "The SWE-bench team, via github.com/SWE-bench/swe-bench.github.io",
  dataLicence: "CC BY-NC 4.0 (repository LICENSE): non-commercial use only",
  homepage: "https://www.swebench.com",
  dataDir: "swe-bench-leaderboards-swebench",
  series:
    "% of SWE-bench instances resolved per leaderboard entry, with the site's open-model flag; Verified and Lite entries are agent systems dated by submission, bash-only entries are models in one minimal agent dated by the model's release",
  kind: "metrics",
  nonCommercial: true,
  attribution:
    "SWE-bench (Jimenez et al.), leaderboards from swebench.com, CC BY-NC 4.0: non-commercial use only",
} satisfies MetricSourceInfo;

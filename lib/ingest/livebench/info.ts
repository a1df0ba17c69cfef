import type { MetricSourceInfo } from "../metric-types";

export const info = {
  slug: "livebench",
  name: "LiveBench (per-release tables)",
  publisher: "LiveBench maintainers, via github.com/LiveBench/livebench.github.io",
  dataLicence:
    "None stated (the site repository has no LICENSE file); scores are the LiveBench maintainers'",
  homepage: "https://livebench.ai",
  dataDir: "livebench-site-livebench",
  series:
    "LiveBench scores per release (questions change between releases, so each release is its own export): the mean of the category means, as the site computes it",
  kind: "metrics",
  nonCommercial: false,
  attribution:
    "LiveBench (White et al., livebench.ai), site tables from github.com/LiveBench/livebench.github.io",
} satisfies MetricSourceInfo;

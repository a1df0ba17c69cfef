import { IngestError } from "../ingest-error";
import { ECI_DESCRIPTION, ECI_FILE, ECI_PLAUSIBLE } from "../epoch-benchmarks/metrics";
import { parseEciTable } from "../epoch-benchmarks/parse-export";
import type { MetricInfo, MetricSourceAdapter, MetricSourceInfo } from "../metric-types";

/** The collector's commit 5c4780a (2026-03-09, "update ECI data"); later commits add hand-written rows. */
const EXPORT_DATE = "2026-03-09";

const info = {
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

const metric: MetricInfo = {
  slug: "epoch-eci-2026-03",
  name: "Epoch Capabilities Index (export of 2026-03-09)",
  shortName: "ECI (Mar 2026)",
  unit: "ECI",
  direction: "higher",
  description: ECI_DESCRIPTION,
  plausible: ECI_PLAUSIBLE,
  openOnly: false,
};

export const epochEci202603Adapter = {
  info,
  selectFiles: (listing) => listing.filter((p) => p === ECI_FILE),
  parse: (files) => {
    const file = files.find((f) => f.path === ECI_FILE);
    if (!file)
      throw new IngestError({ source: info.slug, origin: ECI_FILE, message: "missing file" });
    const ctx = {
      source: info.slug,
      exportedOn: EXPORT_DATE,
      label: `Epoch AI export of ${EXPORT_DATE}`,
    };
    return [parseEciTable(file, metric, ctx).export];
  },
} satisfies MetricSourceAdapter;

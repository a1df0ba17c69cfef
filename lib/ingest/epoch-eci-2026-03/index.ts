import { IngestError } from "../ingest-error";
import { ECI_DESCRIPTION, ECI_FILE, ECI_PLAUSIBLE } from "../epoch-benchmarks/metrics";
import { parseEciTable } from "../epoch-benchmarks/parse-export";
import type { MetricInfo, MetricSourceAdapter } from "../metric-types";
import { EXPORT_DATE, info } from "./info";

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

// Test-only: small hand-made benchmark scores and metric descriptions.
import type { MetricDirection } from "../metric-domain";
import type { ExportSummary, MetricScorePoint, MetricSummary } from "../types";

export function makeScore(
  key: string,
  score: number,
  date: string | null,
  openness: MetricScorePoint["openness"],
  patch: Partial<MetricScorePoint> = {},
): MetricScorePoint {
  return {
    key,
    name: key,
    nameSlug: key.toLowerCase(),
    modelSlug: null,
    modelName: null,
    score,
    lower: null,
    upper: null,
    date,
    dateBasis: "release",
    organization: null,
    accessibility: null,
    openness,
    licenceClass: null,
    ...patch,
  };
}

export function makeMetric(
  direction: MetricDirection = "higher",
  patch: Partial<MetricSummary> = {},
): MetricSummary {
  return {
    slug: "m",
    name: "Metric",
    shortName: "M",
    description: "",
    unit: "%",
    direction,
    openOnly: false,
    source: "test",
    sourceName: "Test",
    dataLicence: "CC BY 4.0",
    nonCommercial: false,
    attribution: "Test",
    homepage: "https://example.org",
    ...patch,
  };
}

export const makeExport = (exportedOn = "2025-12-31"): ExportSummary => ({
  id: 1,
  exportedOn,
  label: "test export",
  origin: "test.csv",
  dropped: [],
});

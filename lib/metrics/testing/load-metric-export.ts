// Test-only: one metric export read straight from ../shared/data through its adapter, with no
// database (so no Arena match: sides come from the source's flag or the reviewed name rules).
import type { MetricSourceAdapter } from "@/lib/ingest/metric-types";
import { readSourceDir } from "@/lib/ingest/read-source-dir";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import { toModelSlug } from "@/lib/identity/to-model-slug";
import type { ExportSummary, MetricScorePoint, MetricSummary } from "../types";

export async function loadMetricExport(
  adapter: MetricSourceAdapter,
  metricSlug: string,
  exportedOn?: string,
): Promise<{ metric: MetricSummary; ex: ExportSummary; scores: MetricScorePoint[] }> {
  const parsed = adapter.parse(await readSourceDir(adapter, SHARED_DATA_DIR));
  const found = parsed
    .filter((e) => e.metric.slug === metricSlug && (!exportedOn || e.exportedOn === exportedOn))
    .toSorted((a, b) => b.exportedOn.localeCompare(a.exportedOn))[0];
  if (!found) throw new Error(`${adapter.info.slug}: no export of ${metricSlug}`);
  const { info } = adapter;
  return {
    metric: {
      ...found.metric,
      source: info.slug,
      sourceName: info.name,
      dataLicence: info.dataLicence,
      nonCommercial: info.nonCommercial,
      attribution: info.attribution,
      homepage: info.homepage,
    },
    ex: {
      id: 1,
      exportedOn: found.exportedOn,
      label: found.label,
      origin: found.origin,
      dropped: [...found.dropped],
    },
    scores: found.scores.map((s) => ({
      ...s,
      nameSlug: s.model === null ? null : toModelSlug(s.model),
      modelSlug: null,
      modelName: null,
      licenceClass: null,
    })),
  };
}

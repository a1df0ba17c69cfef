import { IngestError } from "../ingest-error";
import type { MetricSourceAdapter, ParsedMetricExport } from "../metric-types";
import type { SourceFile } from "../types";
import { EXPORT_DATE, info } from "./info";
import { BENCHMARK_FILES, ECI_FILE, ECI_METRIC } from "./metrics";
import { parseBenchmarkFile, parseEciTable } from "./parse-export";

const ctx = {
  source: info.slug,
  exportedOn: EXPORT_DATE,
  label: `Epoch AI export of ${EXPORT_DATE}`,
};

function parse(files: readonly SourceFile[]): ParsedMetricExport[] {
  const eciFile = files.find((f) => f.path === ECI_FILE);
  if (!eciFile)
    throw new IngestError({
      source: info.slug,
      origin: ECI_FILE,
      message: "missing file: the benchmark files take accessibility from it",
    });
  const eci = parseEciTable(eciFile, ECI_METRIC, ctx);
  const joined = { origin: ECI_FILE, byVersion: eci.byVersion };
  const benchmarks = files.flatMap((f) => {
    const metric = BENCHMARK_FILES[f.path];
    return metric ? [parseBenchmarkFile(f, metric, ctx, joined)] : [];
  });
  return [eci.export, ...benchmarks];
}

export const epochBenchmarksAdapter = {
  info,
  selectFiles: (listing) =>
    listing.filter((p) => p === ECI_FILE || BENCHMARK_FILES[p] !== undefined),
  parse,
} satisfies MetricSourceAdapter;

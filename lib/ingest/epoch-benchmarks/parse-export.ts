import { IngestError } from "../ingest-error";
import { toInterval } from "../metric-cells";
import type { MetricInfo, MetricScoreRow, ParsedMetricExport } from "../metric-types";
import type { SourceFile } from "../types";
import { readCsvTable, requireColumns, requireRows, validateRow } from "../validate";
import { classifyAccessibility } from "./classify-accessibility";
import {
  BENCHMARK_COLUMNS,
  benchmarkRowSchema,
  ECI_COLUMNS,
  eciRowSchema,
  type EciRow,
} from "./schema";
import { toModelName } from "./to-model-name";

interface ExportContext {
  source: string;
  exportedOn: string;
  label: string;
}

/**
 * The capabilities index table: the ECI scores, and every listed model's accessibility (rows
 * without a score too), which the benchmark files of the same export join on `Model version`.
 */
export function parseEciTable(
  file: SourceFile,
  metric: MetricInfo,
  ctx: ExportContext,
): { export: ParsedMetricExport; byVersion: Map<string, EciRow> } {
  const origin = file.path;
  const table = readCsvTable(file.text, ctx.source, origin);
  requireColumns(table.header, ECI_COLUMNS, { source: ctx.source, origin });
  const byVersion = new Map<string, EciRow>();
  const scores: MetricScoreRow[] = [];
  table.rows.forEach((raw, i) => {
    const row = validateRow(eciRowSchema, raw, { source: ctx.source, origin, row: i + 2 });
    const version = row["Model version"];
    if (byVersion.has(version))
      throw new IngestError({
        source: ctx.source,
        origin,
        row: i + 2,
        field: "Model version",
        message: `repeated model version "${version}"`,
      });
    byVersion.set(version, row);
    const openness = opennessOf(row, { source: ctx.source, origin, row: i + 2 });
    const score = row["ECI Score"];
    if (score === null) return;
    scores.push({
      key: version,
      name: row["Display name"] ?? version,
      model: toModelName(version),
      score,
      lower: null,
      upper: null,
      date: row["Release date"],
      dateBasis: "release",
      organization: row.Organization,
      accessibility: row["Model accessibility"],
      openness,
    });
  });
  requireRows(scores.length, { source: ctx.source, origin }, "no row has an ECI Score");
  return { export: { metric, ...ctx, origin, scores, dropped: [] }, byVersion };
}

/**
 * One Epoch-run benchmark file: mean accuracy and standard error (as %), the model's release
 * date, and its accessibility from the index table of the same export (the file has none).
 */
export function parseBenchmarkFile(
  file: SourceFile,
  metric: MetricInfo,
  ctx: ExportContext,
  eci: { origin: string; byVersion: ReadonlyMap<string, EciRow> },
): ParsedMetricExport {
  const origin = file.path;
  const table = readCsvTable(file.text, ctx.source, origin);
  requireColumns(table.header, BENCHMARK_COLUMNS, { source: ctx.source, origin });
  const scores: MetricScoreRow[] = [];
  const seen = new Set<string>();
  table.rows.forEach((raw, i) => {
    const at = { source: ctx.source, origin, row: i + 2 };
    const row = validateRow(benchmarkRowSchema, raw, at);
    const version = row["Model version"];
    if (seen.has(version))
      throw new IngestError({
        ...at,
        field: "Model version",
        message: `repeated model version "${version}"`,
      });
    seen.add(version);
    const listed = eci.byVersion.get(version) ?? null;
    const score = row.mean_score * 100;
    const stderr = row.stderr === null ? null : row.stderr * 100;
    scores.push({
      key: version,
      name: listed?.["Display name"] ?? version,
      model: toModelName(version),
      score,
      ...toInterval(score, stderr, metric.plausible),
      date: row["Release date"],
      dateBasis: "release",
      organization: row.Organization,
      accessibility: listed?.["Model accessibility"] ?? null,
      openness: listed ? opennessOf(listed, at) : null,
    });
  });
  requireRows(scores.length, { source: ctx.source, origin });
  return {
    metric,
    ...ctx,
    origin: `${origin} (accessibility from ${eci.origin})`,
    scores,
    dropped: [],
  };
}

function opennessOf(row: EciRow, at: { source: string; origin: string; row: number }) {
  const openness = classifyAccessibility(row["Model accessibility"]);
  if (openness === undefined)
    throw new IngestError({
      ...at,
      field: "Model accessibility",
      message: `unknown accessibility "${row["Model accessibility"]}"`,
    });
  return openness;
}

import { slugify } from "@/lib/url/slugify";
import { IngestError } from "../ingest-error";
import type { MetricInfo, MetricScoreRow, ParsedMetricExport } from "../metric-types";
import { parseCsv } from "../parse-csv";
import { parseOptionalNumber } from "../parse-number";
import type { SourceFile } from "../types";
import { requireColumns, requireRows } from "../validate";
import type { LinkedModel } from "./read-model-links";

export const AVERAGE_METRIC_SLUG = "livebench-average";

export function makeLiveBenchMetric(category: string | null): MetricInfo {
  const cat = category ?? "average";
  return {
    slug: category ? `livebench-${slugify(category)}` : AVERAGE_METRIC_SLUG,
    name: category ? `LiveBench ${category}` : "LiveBench average",
    shortName: category ? `LiveBench ${category}` : "LiveBench average",
    unit: "%",
    direction: "higher",
    description: category
      ? `Mean of the ${cat} tasks of one LiveBench release`
      : "Mean of the category means of one LiveBench release (the site's global average)",
    plausible: [0, 100],
    openOnly: false,
  };
}

export interface ReleaseInput {
  source: string;
  release: string;
  table: SourceFile;
  categories: Readonly<Record<string, readonly string[]>>;
  links: ReadonlyMap<string, LinkedModel>;
  /** The first date any table listed the model (from model_first_seen.csv). */
  firstListed: ReadonlyMap<string, string>;
  /** Newest first-seen date in this table: how far the release's rows reach. */
  rowsUntil: string | null;
}

/**
 * One release table → the average and one export per category. A row with a missing task cell
 * has no score for that category nor the average; a row with fewer fields than the header is
 * dropped whole (which tasks are missing is unknown). Both are listed under `dropped`.
 */
export function parseRelease(input: ReleaseInput): ParsedMetricExport[] {
  const { source, table: file } = input;
  const origin = file.path;
  const short = new Map<number, number>();
  const table = parseCsv(file.text, (row, fields) => short.set(row, fields));
  const tasks = Object.values(input.categories).flat();
  requireColumns(table.header, ["model", ...tasks], { source, origin });
  const perMetric = new Map<
    string | null,
    { scores: MetricScoreRow[]; dropped: { key: string; reason: string }[] }
  >();
  const bucket = (c: string | null) => {
    const b = perMetric.get(c) ?? { scores: [], dropped: [] };
    perMetric.set(c, b);
    return b;
  };
  const seen = new Set<string>();
  table.rows.forEach((raw, i) => {
    const line = i + 2;
    const model = (raw.model ?? "").trim();
    if (!model)
      throw new IngestError({
        source,
        origin,
        row: line,
        field: "model",
        message: "model name is empty",
      });
    if (seen.has(model))
      throw new IngestError({
        source,
        origin,
        row: line,
        field: "model",
        message: `repeated model "${model}"`,
      });
    seen.add(model);
    const fields = short.get(line);
    if (fields !== undefined) {
      const reason = `row ${line} has ${fields} fields, the header ${table.header.length}: which tasks are missing is unknown`;
      for (const c of [null, ...Object.keys(input.categories)])
        bucket(c).dropped.push({ key: model, reason });
      return;
    }
    const means = new Map<string, number | null>();
    for (const [category, columns] of Object.entries(input.categories)) {
      const values = columns.map((c) => {
        const v = parseOptionalNumber(raw[c]);
        if (v === "invalid")
          throw new IngestError({
            source,
            origin,
            row: line,
            field: c,
            message: `not a number: "${raw[c]}"`,
          });
        return v;
      });
      const missing = columns.filter((_, j) => values[j] === null);
      if (missing.length > 0) {
        means.set(category, null);
        bucket(category).dropped.push({ key: model, reason: `no ${missing.join(", ")} score` });
      } else means.set(category, mean(values as number[]));
    }
    const base = toRow(model, input);
    for (const [category, m] of means)
      if (m !== null) bucket(category).scores.push({ ...base, score: m });
    const complete = [...means.values()];
    if (complete.every((m) => m !== null))
      bucket(null).scores.push({ ...base, score: mean(complete as number[]) });
    else bucket(null).dropped.push({ key: model, reason: "a category has a missing task score" });
  });
  const label = `LiveBench release ${input.release}${input.rowsUntil ? ` (rows added until ${input.rowsUntil})` : ""}`;
  return [null, ...Object.keys(input.categories)].map((category) => {
    const b = bucket(category);
    requireRows(b.scores.length, { source, origin }, category ?? "average");
    return {
      metric: makeLiveBenchMetric(category),
      exportedOn: input.release,
      label,
      origin,
      ...b,
    };
  });
}

function toRow(model: string, input: ReleaseInput): Omit<MetricScoreRow, "score"> {
  const link = input.links.get(model);
  const listed = input.firstListed.get(model) ?? null;
  const release = link?.releaseDate ?? null;
  // Available from the earlier of its stated date and LiveBench's first listing (as for Arena).
  const useRelease = release !== null && (listed === null || release <= listed);
  const openweight = link?.openweight ?? null;
  return {
    key: model,
    name: link?.displayName ?? model,
    model,
    lower: null,
    upper: null,
    date: useRelease ? release : listed,
    dateBasis: useRelease ? "release" : "listed",
    organization: link?.organization ?? null,
    accessibility: openweight === null ? null : `openweight: ${openweight}`,
    openness: openweight === null ? null : openweight ? "open" : "closed",
  };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

import "server-only";
import { and, asc, desc, eq, inArray, isNull, isNotNull, sql } from "drizzle-orm";
import type { ModelScoreInput } from "@/lib/metrics/build-model-benchmarks";
import type { ExportSummary, MetricScorePoint, MetricSummary } from "@/lib/metrics/types";
import { getDb } from "../client";
import { metricExports, metrics, metricScores, models, sources } from "../schema";
import { memoByDataVersion } from "./data-version";

/** Every benchmark metric with its source and licence terms, in registry order of sources. */
export function getMetricSummaries(): MetricSummary[] {
  return memoByDataVersion("metric-summaries", () =>
    getDb()
      .select({
        slug: metrics.slug,
        name: metrics.name,
        shortName: metrics.shortName,
        description: metrics.description,
        unit: metrics.unit,
        direction: metrics.direction,
        openOnly: metrics.openOnly,
        source: metrics.sourceSlug,
        sourceName: sources.name,
        dataLicence: metrics.dataLicence,
        nonCommercial: metrics.nonCommercial,
        attribution: metrics.attribution,
        homepage: metrics.homepage,
      })
      .from(metrics)
      .innerJoin(sources, eq(sources.slug, metrics.sourceSlug))
      .orderBy(asc(metrics.slug))
      .all(),
  );
}

const exportColumns = {
  id: metricExports.id,
  metricSlug: metricExports.metricSlug,
  exportedOn: metricExports.exportedOn,
  label: metricExports.label,
  origin: metricExports.origin,
  dropped: metricExports.dropped,
};

type ExportRow = { metricSlug: string; dropped: string } & Omit<ExportSummary, "dropped">;
const toExport = ({ metricSlug: _m, dropped, ...r }: ExportRow): ExportSummary => ({
  ...r,
  dropped: JSON.parse(dropped) as ExportSummary["dropped"],
});

/** Every export of every metric, newest first per metric. */
export function getMetricExports(): (ExportSummary & { metricSlug: string })[] {
  return memoByDataVersion("metric-exports", () =>
    getDb()
      .select(exportColumns)
      .from(metricExports)
      .orderBy(asc(metricExports.metricSlug), desc(metricExports.exportedOn))
      .all()
      .map((r) => ({ ...toExport(r), metricSlug: r.metricSlug })),
  );
}

/** Every score of one export, with the Arena model each was matched to and its licence class. */
export function getExportScores(exportId: number): MetricScorePoint[] {
  return memoByDataVersion(`metric-export-scores:${exportId}`, () =>
    getDb()
      .select({
        key: metricScores.entryKey,
        name: metricScores.name,
        nameSlug: metricScores.nameSlug,
        modelSlug: models.slug,
        modelName: models.displayName,
        score: metricScores.score,
        lower: metricScores.lower,
        upper: metricScores.upper,
        date: metricScores.datedOn,
        dateBasis: metricScores.dateBasis,
        organization: metricScores.organization,
        accessibility: metricScores.accessibility,
        openness: metricScores.openness,
        licenceClass: models.licenceClass,
      })
      .from(metricScores)
      .leftJoin(models, eq(models.id, metricScores.modelId))
      .where(eq(metricScores.exportId, exportId))
      .all(),
  );
}

export interface UnmatchedName {
  source: string;
  nameSlug: string;
  /** One published spelling of it. */
  name: string;
  scores: number;
  metrics: number;
}

/** Published model names no identity rule joined to an Arena model, per source: listed, never guessed. */
export function getUnmatchedMetricNames(): UnmatchedName[] {
  return memoByDataVersion("metric-unmatched", () =>
    getDb()
      .select({
        source: metricExports.sourceSlug,
        nameSlug: sql<string>`${metricScores.nameSlug}`,
        name: sql<string>`min(${metricScores.name})`,
        scores: sql<number>`count(*)`,
        metrics: sql<number>`count(DISTINCT ${metricExports.metricSlug})`,
      })
      .from(metricScores)
      .innerJoin(metricExports, eq(metricExports.id, metricScores.exportId))
      .where(and(isNull(metricScores.modelId), isNotNull(metricScores.nameSlug)))
      .groupBy(metricExports.sourceSlug, metricScores.nameSlug)
      .orderBy(asc(metricExports.sourceSlug), asc(metricScores.nameSlug))
      .all(),
  );
}

/** Matched and unmatched published names per source. */
export function getMetricNameCounts(): { source: string; matched: number; unmatched: number }[] {
  return memoByDataVersion("metric-name-counts", () =>
    getDb().all<{ source: string; matched: number; unmatched: number }>(sql`
      SELECT source, sum(matched) AS matched, sum(1 - matched) AS unmatched FROM (
        SELECT e.source_slug AS source, s.name_slug, max(s.model_id IS NOT NULL) AS matched
        FROM ${metricScores} s JOIN ${metricExports} e ON e.id = s.export_id
        WHERE s.name_slug IS NOT NULL GROUP BY e.source_slug, s.name_slug)
      GROUP BY source ORDER BY source`),
  );
}

/** One model's score in the newest export of one metric. */
export type ModelMetricScore = ModelScoreInput;

/**
 * Every score the models have in the newest export of each metric (several rows per model
 * where a benchmark lists several runs of it, e.g. reasoning efforts or agent systems).
 */
export function getModelMetricScores(modelSlugs: readonly string[]): ModelMetricScore[] {
  if (modelSlugs.length === 0) return [];
  const newest = getDb()
    .select({ id: sql<number>`max(${metricExports.id})` })
    .from(metricExports)
    .where(
      eq(
        metricExports.exportedOn,
        sql`(SELECT max(x.exported_on) FROM ${metricExports} x WHERE x.metric_slug = ${metricExports.metricSlug})`,
      ),
    )
    .groupBy(metricExports.metricSlug);
  return getDb()
    .select({
      modelSlug: models.slug,
      metricSlug: metricExports.metricSlug,
      exportedOn: metricExports.exportedOn,
      exportLabel: metricExports.label,
      entry: metricScores.name,
      score: metricScores.score,
      lower: metricScores.lower,
      upper: metricScores.upper,
      date: metricScores.datedOn,
      dateBasis: metricScores.dateBasis,
    })
    .from(metricScores)
    .innerJoin(models, eq(models.id, metricScores.modelId))
    .innerJoin(metricExports, eq(metricExports.id, metricScores.exportId))
    .where(and(inArray(models.slug, [...modelSlugs]), inArray(metricExports.id, newest)))
    .orderBy(asc(metricExports.metricSlug), desc(metricScores.score))
    .all();
}

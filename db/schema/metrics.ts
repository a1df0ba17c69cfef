import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { METRIC_DATE_BASES, METRIC_DIRECTIONS, STATED_OPENNESS } from "@/lib/metrics/metric-domain";
import { models } from "./models";
import { sources } from "./sources";

/** A benchmark as its publisher defines it, with the licence its numbers come under. */
export const metrics = sqliteTable("metrics", {
  slug: text("slug").primaryKey(),
  sourceSlug: text("source_slug")
    .notNull()
    .references(() => sources.slug),
  name: text("name").notNull(),
  shortName: text("short_name").notNull(),
  description: text("description").notNull(),
  unit: text("unit").notNull(),
  direction: text("direction", { enum: METRIC_DIRECTIONS }).notNull(),
  /** The source lists open models only: an open frontier, never a gap. */
  openOnly: integer("open_only", { mode: "boolean" }).notNull(),
  dataLicence: text("data_licence").notNull(),
  nonCommercial: integer("non_commercial", { mode: "boolean" }).notNull(),
  attribution: text("attribution").notNull(),
  homepage: text("homepage").notNull(),
});

/** One metric within one export of one source: the unit a gap is computed in, never across. */
export const metricExports = sqliteTable(
  "metric_exports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    metricSlug: text("metric_slug")
      .notNull()
      .references(() => metrics.slug),
    sourceSlug: text("source_slug")
      .notNull()
      .references(() => sources.slug),
    exportedOn: text("exported_on").notNull(),
    label: text("label").notNull(),
    origin: text("origin").notNull(),
    fetchedAt: text("fetched_at").notNull(),
    contentHash: text("content_hash").notNull(),
    scoreCount: integer("score_count").notNull(),
    /** Rows left out on purpose, as JSON [{ key, reason }]. */
    dropped: text("dropped").notNull().default("[]"),
  },
  // One export per metric and date; re-ingesting the same export replaces it in place.
  (t) => [uniqueIndex("metric_exports_metric_date_uq").on(t.metricSlug, t.exportedOn)],
);

/**
 * A benchmark score exactly as the source published it, keyed by the source's own row key;
 * `name_slug` is the model name it states, and which Arena model that is (`model_id`) is derived
 * with the ratings' identity after each ingest. Null when no model matches: listed, not guessed.
 */
export const metricScores = sqliteTable(
  "metric_scores",
  {
    exportId: integer("export_id")
      .notNull()
      .references(() => metricExports.id, { onDelete: "cascade" }),
    entryKey: text("entry_key").notNull(),
    name: text("name").notNull(),
    nameSlug: text("name_slug"),
    modelId: integer("model_id").references(() => models.id),
    score: real("score").notNull(),
    lower: real("lower"),
    upper: real("upper"),
    datedOn: text("dated_on"),
    dateBasis: text("date_basis", { enum: METRIC_DATE_BASES }).notNull(),
    organization: text("organization"),
    accessibility: text("accessibility"),
    openness: text("openness", { enum: STATED_OPENNESS }),
  },
  (t) => [
    primaryKey({ columns: [t.exportId, t.entryKey] }),
    // Model pages and /compare read one model's scores on every benchmark.
    index("metric_scores_model_idx").on(t.modelId),
    // The identity rebuild re-points every score published under one name at once.
    index("metric_scores_name_model_idx").on(t.nameSlug, t.modelId),
  ],
);

export type Metric = typeof metrics.$inferSelect;
export type NewMetric = typeof metrics.$inferInsert;
export type MetricExport = typeof metricExports.$inferSelect;
export type MetricScore = typeof metricScores.$inferSelect;
export type NewMetricScore = typeof metricScores.$inferInsert;

import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { ARENAS, INGEST_STATUSES, LICENCE_CLASSES } from "@/lib/domain";

export const sources = sqliteTable("sources", {
  slug: text("slug").primaryKey(),
  name: text("name").notNull(),
  publisher: text("publisher").notNull(),
  dataLicence: text("data_licence").notNull(),
  homepage: text("homepage").notNull(),
  series: text("series").notNull(),
  priority: integer("priority").notNull(),
});

export const snapshots = sqliteTable(
  "snapshots",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceSlug: text("source_slug")
      .notNull()
      .references(() => sources.slug),
    arena: text("arena", { enum: ARENAS }).notNull(),
    publishedOn: text("published_on").notNull(),
    styleControl: integer("style_control", { mode: "boolean" }).notNull(),
    origin: text("origin").notNull(),
    fetchedAt: text("fetched_at").notNull(),
    contentHash: text("content_hash").notNull(),
    scoreCount: integer("score_count").notNull(),
  },
  (t) => [
    // One snapshot per board and date; re-ingesting the same board updates it in place.
    uniqueIndex("snapshots_board_date_uq").on(t.sourceSlug, t.arena, t.styleControl, t.publishedOn),
    // The gap timeline scans snapshots by date across sources.
    index("snapshots_published_on_idx").on(t.publishedOn),
  ],
);

export const models = sqliteTable("models", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  displayName: text("display_name").notNull(),
  organization: text("organization"),
  licence: text("licence"),
  licenceClass: text("licence_class", { enum: LICENCE_CLASSES }).notNull().default("unknown"),
  openWeights: integer("open_weights", { mode: "boolean" }).notNull().default(false),
  releaseDate: text("release_date"),
  contextWindow: integer("context_window"),
  parametersB: real("parameters_b"),
  activeParametersB: real("active_parameters_b"),
  inputPricePerM: real("input_price_per_m"),
  outputPricePerM: real("output_price_per_m"),
});

export const modelAliases = sqliteTable(
  "model_aliases",
  {
    aliasSlug: text("alias_slug").primaryKey(),
    name: text("name").notNull(),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id),
    sourceSlug: text("source_slug").notNull(),
  },
  // Model pages list every name a model has been published under.
  (t) => [index("model_aliases_model_idx").on(t.modelId)],
);

/** Every licence statement a source made about a model; the current one is derived, never overwritten. */
export const modelLicences = sqliteTable(
  "model_licences",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id),
    sourceSlug: text("source_slug").notNull(),
    licence: text("licence").notNull(),
    licenceClass: text("licence_class", { enum: LICENCE_CLASSES }).notNull(),
    firstSeenOn: text("first_seen_on").notNull(),
  },
  // A statement is recorded once per source; a new label from the same source adds a row.
  (t) => [uniqueIndex("model_licences_uq").on(t.modelId, t.sourceSlug, t.licence)],
);

export const scores = sqliteTable(
  "scores",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => snapshots.id, { onDelete: "cascade" }),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id),
    category: text("category").notNull(),
    rating: real("rating").notNull(),
    lower: real("lower"),
    upper: real("upper"),
    votes: integer("votes"),
    rank: integer("rank"),
  },
  (t) => [
    primaryKey({ columns: [t.snapshotId, t.category, t.modelId] }),
    // Model pages and comparisons read one model's history.
    index("scores_model_idx").on(t.modelId, t.category),
  ],
);

/** Best model per snapshot, category and licence class: rebuilt after each ingest so pages never rank on request. */
export const frontiers = sqliteTable(
  "frontiers",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => snapshots.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    licenceClass: text("licence_class", { enum: LICENCE_CLASSES }).notNull(),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id),
    rating: real("rating").notNull(),
    lower: real("lower"),
    upper: real("upper"),
  },
  (t) => [
    primaryKey({ columns: [t.snapshotId, t.category, t.licenceClass] }),
    // The gap view reads one category across all snapshots.
    index("frontiers_category_idx").on(t.category, t.snapshotId),
  ],
);

export const ingestRuns = sqliteTable(
  "ingest_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceSlug: text("source_slug").notNull(),
    trigger: text("trigger").notNull(),
    startedAt: text("started_at").notNull(),
    finishedAt: text("finished_at"),
    status: text("status", { enum: INGEST_STATUSES }).notNull(),
    snapshotsAdded: integer("snapshots_added").notNull().default(0),
    snapshotsUnchanged: integer("snapshots_unchanged").notNull().default(0),
    rowsAdded: integer("rows_added").notNull().default(0),
    error: text("error"),
    // Digest of the files read; an unchanged input skips parsing on the next run.
    inputHash: text("input_hash"),
  },
  // The status page reads the latest runs per source.
  (t) => [index("ingest_runs_source_idx").on(t.sourceSlug, t.startedAt)],
);

export type Source = typeof sources.$inferSelect;
export type Snapshot = typeof snapshots.$inferSelect;
export type NewSnapshot = typeof snapshots.$inferInsert;
export type Model = typeof models.$inferSelect;
export type NewModel = typeof models.$inferInsert;
export type Score = typeof scores.$inferSelect;
export type NewScore = typeof scores.$inferInsert;
export type IngestRun = typeof ingestRuns.$inferSelect;

/** One row per source being ingested right now, so two processes never write one source at once. */
export const ingestLocks = sqliteTable("ingest_locks", {
  sourceSlug: text("source_slug").primaryKey(),
  holder: text("holder").notNull(),
  acquiredAt: text("acquired_at").notNull(),
  // A crashed holder's lock lapses instead of blocking the source forever.
  expiresAt: text("expires_at").notNull(),
});

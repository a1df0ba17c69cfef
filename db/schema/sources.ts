import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { ARENAS, COVERAGES } from "@/lib/domain";
import { models } from "./models";

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
    coverage: text("coverage", { enum: COVERAGES }).notNull().default("complete"),
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
    // "Today" is the newest complete snapshot of a board: one index seek per board.
    index("snapshots_board_latest_idx").on(t.arena, t.styleControl, t.coverage, t.publishedOn),
  ],
);

/**
 * A rating exactly as a source published it, keyed by the name it used (`name_slug`); which
 * model that name is (`model_id`) is derived after each ingest, so identity never depends on
 * the order sources were written in.
 */
export const scores = sqliteTable(
  "scores",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => snapshots.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    nameSlug: text("name_slug").notNull(),
    modelId: integer("model_id").references(() => models.id),
    rating: real("rating").notNull(),
    lower: real("lower"),
    upper: real("upper"),
    votes: integer("votes"),
    rank: integer("rank"),
  },
  (t) => [
    primaryKey({ columns: [t.snapshotId, t.category, t.nameSlug] }),
    // Model pages and comparisons read one model's history.
    index("scores_model_idx").on(t.modelId, t.category),
    // The identity rebuild re-points all ratings published under one name at once, and reads
    // which model each name points at now from this index alone.
    index("scores_name_model_idx").on(t.nameSlug, t.modelId),
  ],
);

export type Source = typeof sources.$inferSelect;
export type Snapshot = typeof snapshots.$inferSelect;
export type NewSnapshot = typeof snapshots.$inferInsert;
export type Score = typeof scores.$inferSelect;
export type NewScore = typeof scores.$inferInsert;

import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { LICENCE_CLASSES } from "@/lib/domain";
import { models } from "./models";
import { snapshots } from "./sources";

// Everything here is rebuilt from the snapshots and facts in one transaction after an ingest
// (db/writer/rebuild-derived.ts), so pages never rank or aggregate on request.

/** Best model per snapshot, category and licence class. */
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

/**
 * Within one snapshot: the proprietary frontier over time. Each row is a proprietary model that
 * rates above every proprietary model available before it (ordered by availability), so
 * "months behind" for any open rating is one scan of a few rows.
 */
export const proprietarySteps = sqliteTable(
  "proprietary_steps",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => snapshots.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    step: integer("step").notNull(),
    modelId: integer("model_id")
      .notNull()
      .references(() => models.id),
    availableFrom: text("available_from").notNull(),
    rating: real("rating").notNull(),
    lower: real("lower"),
    upper: real("upper"),
  },
  // The gap view reads every step of one category (primary key order: snapshot, category, step).
  (t) => [primaryKey({ columns: [t.snapshotId, t.category, t.step] })],
);

/** Median move of the models two consecutive snapshots of one board share: re-anchoring shows here. */
export const scaleShifts = sqliteTable("scale_shifts", {
  snapshotId: integer("snapshot_id")
    .primaryKey()
    .references(() => snapshots.id, { onDelete: "cascade" }),
  previousSnapshotId: integer("previous_snapshot_id")
    .notNull()
    .references(() => snapshots.id, { onDelete: "cascade" }),
  medianShift: real("median_shift").notNull(),
  sharedModels: integer("shared_models").notNull(),
});

/** One row: bumped by every committed write, so caches key on committed data, never on a run row. */
export const dataState = sqliteTable("data_state", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull(),
  /** Digest of every input of the derived tables when they were last rebuilt. */
  derivedFingerprint: text("derived_fingerprint"),
  derivedAt: text("derived_at"),
});

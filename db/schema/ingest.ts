import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { INGEST_STATUSES } from "@/lib/domain";

export const ingestRuns = sqliteTable(
  "ingest_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** One id per invocation (CLI, schedule tick, admin trigger) across its sources. */
    batchId: text("batch_id"),
    sourceSlug: text("source_slug").notNull(),
    trigger: text("trigger").notNull(),
    startedAt: text("started_at").notNull(),
    finishedAt: text("finished_at"),
    status: text("status", { enum: INGEST_STATUSES }).notNull(),
    snapshotsAdded: integer("snapshots_added").notNull().default(0),
    snapshotsUpdated: integer("snapshots_updated").notNull().default(0),
    snapshotsUnchanged: integer("snapshots_unchanged").notNull().default(0),
    rowsAdded: integer("rows_added").notNull().default(0),
    error: text("error"),
    // Digest of the files read; an unchanged input skips parsing on the next run.
    inputHash: text("input_hash"),
  },
  (t) => [
    // The status page reads the latest runs per source.
    index("ingest_runs_source_idx").on(t.sourceSlug, t.startedAt),
    // The admin trigger answers with a batch id; /status looks its runs up.
    index("ingest_runs_batch_idx").on(t.batchId),
  ],
);

export type IngestRun = typeof ingestRuns.$inferSelect;

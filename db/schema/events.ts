import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ARENAS } from "@/lib/domain";
import { DELIVERY_STATUSES, EVENT_KINDS } from "@/lib/events/event-kinds";

/**
 * What changed at an ingest (a new open record, a tie starting, a source going stale), derived in
 * the same transaction as the other derived tables but never deleted by a rebuild: followers
 * were told. `key` makes re-ingesting the same data a no-op.
 */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    kind: text("kind", { enum: EVENT_KINDS }).notNull(),
    source: text("source").notNull(),
    /** The gap view the event belongs to; null for source events (failing, stale). */
    arena: text("arena", { enum: ARENAS }),
    styleControl: integer("style_control", { mode: "boolean" }),
    category: text("category"),
    /** Date of the snapshot that caused it (for source events: the last snapshot seen). */
    snapshotDate: text("snapshot_date").notNull(),
    models: text("models").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    before: text("before"),
    after: text("after"),
    detectedAt: text("detected_at").notNull(),
  },
  (t) => [
    // The idempotency key: one row per board, kind, snapshot and models.
    uniqueIndex("events_key_uq").on(t.key),
    // Feeds read the newest events of one board and category.
    index("events_view_idx").on(t.arena, t.styleControl, t.category, t.id),
  ],
);

/** Operator-configured receivers: from the webhooks file (`origin = file`) or the admin API. */
export const webhookSubscriptions = sqliteTable(
  "webhook_subscriptions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    origin: text("origin", { enum: ["file", "api"] }).notNull(),
    url: text("url").notNull(),
    secret: text("secret").notNull(),
    /** JSON array of event kinds; empty means every kind. */
    kinds: text("kinds").notNull(),
    /** Gap-view query (`?cat=…&arena=…`) the events must match; empty means every view. */
    view: text("view").notNull(),
    createdAt: text("created_at").notNull(),
  },
  // The file is re-read before each delivery pass and matched on these columns.
  (t) => [uniqueIndex("webhook_subscriptions_uq").on(t.origin, t.url, t.kinds, t.view)],
);

/** One event to one subscriber: queued with the event, sent after the ingest committed. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    subscriptionId: integer("subscription_id")
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: "cascade" }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    nextAttemptAt: text("next_attempt_at").notNull(),
    createdAt: text("created_at").notNull(),
    deliveredAt: text("delivered_at"),
  },
  (t) => [
    // An event reaches a subscriber once, however often it is enqueued.
    uniqueIndex("webhook_deliveries_uq").on(t.subscriptionId, t.eventId),
    // The delivery pass reads what is due.
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
  ],
);

export type StoredEvent = typeof events.$inferSelect;
export type NewStoredEvent = typeof events.$inferInsert;
export type WebhookSubscription = typeof webhookSubscriptions.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;

import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { events, webhookDeliveries, webhookSubscriptions } from "../schema";

export interface WebhookDeliveryRow {
  id: number;
  url: string;
  eventTitle: string;
  eventKind: string;
  status: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  nextAttemptAt: string;
}

/** The newest deliveries with where they went and what they said, for /status. */
export function getRecentDeliveries(limit = 30): WebhookDeliveryRow[] {
  return getDb()
    .select({
      id: webhookDeliveries.id,
      url: webhookSubscriptions.url,
      eventTitle: events.title,
      eventKind: events.kind,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatus: webhookDeliveries.lastStatus,
      lastError: webhookDeliveries.lastError,
      createdAt: webhookDeliveries.createdAt,
      deliveredAt: webhookDeliveries.deliveredAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit)
    .all();
}

export interface SubscriptionRow {
  id: number;
  origin: "file" | "api";
  url: string;
  kinds: string[];
  view: Record<string, unknown>;
  createdAt: string;
  delivered: number;
  failed: number;
  pending: number;
}

/** Every subscription (never its secret) with its delivery counts. */
export function getSubscriptions(): SubscriptionRow[] {
  const count = (status: string) =>
    sql<number>`sum(CASE WHEN ${webhookDeliveries.status} = ${status} THEN 1 ELSE 0 END)`;
  return getDb()
    .select({
      id: webhookSubscriptions.id,
      origin: webhookSubscriptions.origin,
      url: webhookSubscriptions.url,
      kinds: webhookSubscriptions.kinds,
      view: webhookSubscriptions.view,
      createdAt: webhookSubscriptions.createdAt,
      delivered: count("delivered"),
      failed: count("failed"),
      pending: count("pending"),
    })
    .from(webhookSubscriptions)
    .leftJoin(webhookDeliveries, eq(webhookDeliveries.subscriptionId, webhookSubscriptions.id))
    .groupBy(webhookSubscriptions.id)
    .orderBy(webhookSubscriptions.id)
    .all()
    .map((r) => ({
      ...r,
      kinds: JSON.parse(r.kinds) as string[],
      view: JSON.parse(r.view) as Record<string, unknown>,
      delivered: r.delivered ?? 0,
      failed: r.failed ?? 0,
      pending: r.pending ?? 0,
    }));
}

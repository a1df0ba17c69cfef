import { toEventKey, type DetectedEvent, type EventKind } from "@/lib/events/event-kinds";
import { matchesSubscription, type ViewFilter } from "@/lib/webhooks/subscription-schema";
import type { Db } from "../client";
import { events, webhookDeliveries, webhookSubscriptions } from "../schema";

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/**
 * Stores the events not stored before (the key decides) and queues one delivery per matching
 * subscription, inside the caller's transaction: an event and its deliveries commit together
 * or not at all. Returns how many events were new.
 */
export function storeEvents(tx: Db, detected: readonly DetectedEvent[], now: string): number {
  let added = 0;
  const subs = tx.select().from(webhookSubscriptions).all();
  for (const e of detected) {
    const row = tx
      .insert(events)
      .values({
        key: toEventKey(e),
        kind: e.kind,
        source: e.source,
        arena: e.view?.arena ?? null,
        styleControl: e.view?.sc ?? null,
        category: e.view?.cat ?? null,
        snapshotDate: e.snapshotDate,
        models: e.models.join(","),
        title: e.title,
        summary: e.summary,
        before: json(e.change.before),
        after: json(e.change.after),
        detectedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: events.id })
      .get();
    if (!row) continue;
    added++;
    for (const sub of subs) {
      const filter = {
        kinds: JSON.parse(sub.kinds) as EventKind[],
        view: JSON.parse(sub.view) as ViewFilter,
      };
      if (!matchesSubscription(filter, e)) continue;
      tx.insert(webhookDeliveries)
        .values({
          subscriptionId: sub.id,
          eventId: row.id,
          status: "pending",
          nextAttemptAt: now,
          createdAt: now,
        })
        .onConflictDoNothing()
        .run();
    }
  }
  return added;
}

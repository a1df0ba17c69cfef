import { readFileSync } from "node:fs";
import { and, eq, notInArray } from "drizzle-orm";
import { readSettings } from "@/lib/settings";
import { parseSubscriptionsFile, type Subscription } from "@/lib/webhooks/subscription-schema";
import type { Db } from "../client";
import { webhookSubscriptions } from "../schema";

/** Stores a subscription (file or admin API); the same URL, kinds and view is one row. */
export function upsertSubscription(db: Db, origin: "file" | "api", s: Subscription): number {
  const values = {
    origin,
    url: s.url,
    secret: s.secret,
    kinds: JSON.stringify([...s.kinds].sort()),
    view: JSON.stringify(s.view),
    createdAt: new Date().toISOString(),
  };
  return db
    .insert(webhookSubscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: [
        webhookSubscriptions.origin,
        webhookSubscriptions.url,
        webhookSubscriptions.kinds,
        webhookSubscriptions.view,
      ],
      set: { secret: values.secret },
    })
    .returning({ id: webhookSubscriptions.id })
    .get().id;
}

/**
 * Makes the stored file subscriptions equal to OPENGAP_WEBHOOKS_FILE (none when unset). A file
 * that cannot be read or parsed keeps the previous ones and is reported, never failing an ingest.
 */
export function syncFileSubscriptions(db: Db): void {
  const file = readSettings().OPENGAP_WEBHOOKS_FILE;
  try {
    const subs = file ? parseSubscriptionsFile(readFileSync(file, "utf8"), file) : [];
    db.$client
      .transaction(() => {
        const ids = subs.map((s) => upsertSubscription(db, "file", s));
        db.delete(webhookSubscriptions)
          .where(
            and(eq(webhookSubscriptions.origin, "file"), notInArray(webhookSubscriptions.id, ids)),
          )
          .run();
      })
      .immediate();
  } catch (err) {
    console.error(`[webhooks] ${err instanceof Error ? err.message : String(err)}`);
  }
}

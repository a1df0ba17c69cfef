import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { SUBSCRIPTION_SCHEMA } from "@/lib/webhooks/subscription-schema";
import { getDb } from "./client";
import { webhookSubscriptions } from "./schema";
import { upsertSubscription } from "./webhooks/sync-file-subscriptions";

export type AdminAnswer = { status: 200 | 201 | 400 | 404; body: Record<string, unknown> };

/**
 * Adds a subscription from the admin API. Without a secret one is generated and returned once:
 * the receiver needs it to check signatures, and no later answer shows it again.
 */
export function addSubscription(body: unknown): AdminAnswer {
  const input =
    body && typeof body === "object" && !("secret" in body)
      ? { ...body, secret: randomBytes(32).toString("hex") }
      : body;
  const parsed = SUBSCRIPTION_SCHEMA.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
    return { status: 400, body: { error: "Invalid subscription", issues } };
  }
  const id = upsertSubscription(getDb(), "api", parsed.data);
  return { status: 201, body: { id, ...parsed.data } };
}

export function removeSubscription(id: number): AdminAnswer {
  const db = getDb();
  const row = db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).get();
  if (!row || row.origin !== "api")
    return {
      status: 404,
      body: { error: `No subscription ${id} added through the API (file ones live in the file).` },
    };
  db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).run();
  return { status: 200, body: { deleted: id } };
}

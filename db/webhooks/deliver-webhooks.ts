import { and, asc, count, eq, lte, sql } from "drizzle-orm";
import { readSettings } from "@/lib/settings";
import {
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  backoffDelay,
  signPayload,
} from "@/lib/webhooks/sign-payload";
import type { Db } from "../client";
import { events, webhookDeliveries, webhookSubscriptions } from "../schema";
import { buildEventPayload } from "./build-payload";

export interface DeliveryOptions {
  attempts: number;
  backoffMs: number;
  timeoutMs: number;
  origin: string;
  /** Give up waiting for retries after this long; what is left waits for the next pass. */
  budgetMs: number;
}

// One pass never keeps an ingest process alive longer than this, whatever the backoff says.
const MAX_PASS_MS = 10 * 60_000;

/** Delivery settings, read afresh (tests shrink the backoff through the environment). */
export function readDeliveryOptions(): DeliveryOptions {
  const s = readSettings();
  const waits = Array.from({ length: s.OPENGAP_WEBHOOK_ATTEMPTS - 1 }, (_, i) =>
    backoffDelay(i + 1, s.OPENGAP_WEBHOOK_BACKOFF_MS),
  );
  const worst =
    waits.reduce((a, b) => a + b, 0) + s.OPENGAP_WEBHOOK_ATTEMPTS * s.OPENGAP_WEBHOOK_TIMEOUT_MS;
  return {
    attempts: s.OPENGAP_WEBHOOK_ATTEMPTS,
    backoffMs: s.OPENGAP_WEBHOOK_BACKOFF_MS,
    timeoutMs: s.OPENGAP_WEBHOOK_TIMEOUT_MS,
    origin: s.OPENGAP_PUBLIC_ORIGIN,
    budgetMs: Math.min(worst, MAX_PASS_MS),
  };
}

export interface PassResult {
  delivered: number;
  failed: number;
  pending: number;
}

/**
 * Sends every due delivery (after the ingest committed), retrying with exponential backoff until
 * each is delivered, has used its attempts, or the pass's time budget runs out. Never throws:
 * a receiver's trouble is logged on the delivery row and shown on /status.
 */
export async function deliverWebhooks(db: Db, opts = readDeliveryOptions()): Promise<PassResult> {
  const deadline = Date.now() + opts.budgetMs;
  const result: PassResult = { delivered: 0, failed: 0, pending: 0 };
  for (;;) {
    const due = readDue(db, new Date().toISOString());
    for (const d of due) {
      const outcome = await send(d, opts);
      const attempts = d.attempts + 1;
      const done = outcome.ok || attempts >= opts.attempts;
      const now = new Date();
      db.update(webhookDeliveries)
        .set({
          attempts,
          lastStatus: outcome.status,
          lastError: outcome.ok
            ? null
            : done
              ? `gave up after ${attempts} attempt${attempts > 1 ? "s" : ""}: ${outcome.error}`
              : outcome.error,
          status: outcome.ok ? "delivered" : done ? "failed" : "pending",
          deliveredAt: outcome.ok ? now.toISOString() : null,
          nextAttemptAt: new Date(
            now.getTime() + backoffDelay(attempts, opts.backoffMs),
          ).toISOString(),
        })
        .where(eq(webhookDeliveries.id, d.id))
        .run();
      if (outcome.ok) result.delivered++;
      else if (done) result.failed++;
    }
    const next = nextDueAt(db);
    if (!next) break;
    const wait = Math.max(0, Date.parse(next) - Date.now());
    if (Date.now() + wait > deadline) break;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  result.pending =
    db
      .select({ n: count() })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.status, "pending"))
      .get()?.n ?? 0;
  return result;
}

type Due = ReturnType<typeof readDue>[number];

function readDue(db: Db, now: string) {
  return db
    .select({
      id: webhookDeliveries.id,
      attempts: webhookDeliveries.attempts,
      url: webhookSubscriptions.url,
      secret: webhookSubscriptions.secret,
      event: events,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.id))
    .limit(100)
    .all();
}

function nextDueAt(db: Db): string | null {
  return (
    db
      .select({ at: sql<string | null>`min(${webhookDeliveries.nextAttemptAt})` })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.status, "pending"))
      .get()?.at ?? null
  );
}

async function send(
  d: Due,
  opts: DeliveryOptions,
): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  const body = JSON.stringify({
    ...buildEventPayload(d.event, opts.origin),
    delivery: { id: d.id, attempt: d.attempts + 1 },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  try {
    const res = await fetch(d.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "OpenGap-Webhook/1",
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signPayload(d.secret, timestamp, body),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status, error: null };
    return { ok: false, status: res.status, error: `HTTP ${res.status} from ${d.url}` };
  } catch (err) {
    const reason =
      err instanceof Error
        ? err.name === "TimeoutError"
          ? `timed out after ${opts.timeoutMs} ms`
          : err.message
        : String(err);
    return { ok: false, status: null, error: `${reason} (${d.url})` };
  }
}

import { z } from "zod";
import { ARENAS } from "@/lib/domain";
import { EVENT_KINDS, type EventKind, type EventView } from "@/lib/events/event-kinds";

/**
 * One webhook subscription as the operator writes it (in the webhooks file or the admin API):
 * where to POST, the shared secret that signs each delivery, which kinds, which gap view.
 */
export const SUBSCRIPTION_SCHEMA = z.object({
  url: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" }),
  secret: z
    .string()
    .min(16, { error: "must be at least 16 characters (e.g. openssl rand -hex 32)" }),
  kinds: z.array(z.enum(EVENT_KINDS)).default([]),
  view: z
    .object({
      arena: z.enum(ARENAS).optional(),
      sc: z.boolean().optional(),
      cat: z.string().min(1).optional(),
      source: z.string().min(1).optional(),
    })
    .strict()
    .default({}),
});
export type SubscriptionInput = z.input<typeof SUBSCRIPTION_SCHEMA>;
export type Subscription = z.output<typeof SUBSCRIPTION_SCHEMA>;
export type ViewFilter = Subscription["view"];

/** Parses a webhooks file's text; the error names the file, the entry and the field. */
export function parseSubscriptionsFile(text: string, file: string): Subscription[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = z.array(SUBSCRIPTION_SCHEMA).safeParse(json);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  entry ${i.path.join(".")}: ${i.message}`);
  throw new Error(`${file}: invalid webhook subscriptions\n${lines.join("\n")}`);
}

/** Whether a subscription wants an event: its kinds (empty = all) and every key its view names. */
export function matchesSubscription(
  sub: { kinds: readonly EventKind[]; view: ViewFilter },
  event: { kind: EventKind; source: string; view: EventView | null },
): boolean {
  if (sub.kinds.length && !sub.kinds.includes(event.kind)) return false;
  const f = sub.view;
  if (f.source && f.source !== "all" && f.source !== event.source) return false;
  // Source events (failing, stale) belong to no board: a board filter does not exclude them.
  if (!event.view) return true;
  if (f.arena && f.arena !== event.view.arena) return false;
  if (f.sc !== undefined && f.sc !== event.view.sc) return false;
  if (f.cat && f.cat !== event.view.cat) return false;
  return true;
}

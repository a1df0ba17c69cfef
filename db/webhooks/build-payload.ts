import type { EventView } from "@/lib/events/event-kinds";
import { toEventViewPath } from "@/lib/events/to-event-view-path";
import type { StoredEvent } from "../schema";

export function toEventView(e: StoredEvent): EventView | null {
  if (!e.arena || e.category === null || e.styleControl === null) return null;
  return { arena: e.arena, sc: e.styleControl, cat: e.category, source: e.source };
}

const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

/** What a webhook receives (and the JSON Feed's `_opengap` extension): the whole event. */
export function buildEventPayload(e: StoredEvent, origin: string) {
  const view = toEventView(e);
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    source: e.source,
    view,
    snapshotDate: e.snapshotDate,
    models: e.models ? e.models.split(",") : [],
    before: parse(e.before),
    after: parse(e.after),
    url: `${origin}${toEventViewPath(view)}`,
    detectedAt: e.detectedAt,
  };
}
export type EventPayload = ReturnType<typeof buildEventPayload>;

import "server-only";
import { and, desc, eq, isNull, or, type SQL } from "drizzle-orm";
import type { Arena } from "@/lib/domain";
import { getDb } from "../client";
import { events } from "../schema";
import { buildEventPayload, type EventPayload } from "../webhooks/build-payload";

export interface EventFilter {
  arena: Arena;
  sc: boolean;
  cat: string;
  /** A source slug, or "all". */
  source: string;
  limit?: number;
}

/**
 * The newest events of one gap view (board and category; one source or all), with the source
 * events (failing, stale) of the sources it reads, as webhooks receive them. Not memoised by
 * data version: source events are written without a rebuild.
 */
export function getViewEvents(f: EventFilter, origin: string): EventPayload[] {
  const onView = and(
    eq(events.arena, f.arena),
    eq(events.styleControl, f.sc),
    eq(events.category, f.cat),
  ) as SQL;
  const bySource = f.source === "all" ? undefined : eq(events.source, f.source);
  const rows = getDb()
    .select()
    .from(events)
    .where(and(or(onView, isNull(events.arena)), bySource))
    .orderBy(desc(events.id))
    .limit(f.limit ?? 50)
    .all();
  return rows.map((e) => buildEventPayload(e, origin));
}

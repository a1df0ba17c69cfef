// What OpenGap tells followers about: each kind is one sentence a person would want to hear.
import type { Arena } from "@/lib/domain";

export const EVENT_KINDS = [
  "open-record",
  "new-leader",
  "tie-start",
  "tie-end",
  "gap-moved",
  "months-behind",
  "source-failed",
  "source-stale",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS = {
  "open-record": "New open-weight record",
  "new-leader": "New proprietary leader",
  "tie-start": "Gap now statistically tied",
  "tie-end": "Gap no longer tied",
  "gap-moved": "Gap moved beyond its interval",
  "months-behind": "Months behind changed",
  "source-failed": "Source failing",
  "source-stale": "Source stale",
} as const satisfies Record<EventKind, string>;

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The gap view an event belongs to: the URL keys that select its board and category. */
export interface EventView {
  arena: Arena;
  sc: boolean;
  cat: string;
  source: string;
}

/** One side's value before and after, as the event reports it. */
export interface EventChange {
  before: string | number | null;
  after: string | number | null;
}

/** An event as detected, before it is stored. */
export interface DetectedEvent {
  kind: EventKind;
  /** Board or source the event is about, with the snapshot date that caused it. */
  source: string;
  view: EventView | null;
  snapshotDate: string;
  /** Model slugs involved, in a stable order (part of the idempotency key). */
  models: string[];
  title: string;
  summary: string;
  change: EventChange;
}

/** The idempotency key: the same board, kind, snapshot and models are one event, however often ingested. */
export function toEventKey(e: DetectedEvent): string {
  const v = e.view;
  const board = v ? `${v.arena}|${v.sc ? 1 : 0}|${v.cat}` : "-";
  return [e.kind, e.source, board, e.snapshotDate, e.models.join(",")].join("|");
}

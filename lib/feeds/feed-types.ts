/** One feed, whatever its format: built by the route loader, written by to-atom / to-json-feed. */
export interface FeedDocument {
  title: string;
  description: string;
  /** The gap view the feed follows (absolute). */
  htmlUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** Newest entry's time, or the data's time when there is none (ISO 8601). */
  updated: string;
  entries: FeedEntry[];
}

export interface FeedEntry {
  /** Stable across rebuilds and hosts' restarts: tag URI of the stored event. */
  id: string;
  title: string;
  summary: string;
  url: string;
  published: string;
  category: string;
  /** The event as a webhook receives it, for JSON Feed readers that want structure. */
  data: Record<string, unknown>;
}

/** A tag URI (RFC 4151) for an event: stays the same if the site moves to another path. */
export function toEntryId(origin: string, eventId: number): string {
  return `tag:${new URL(origin).hostname},2025:opengap:event:${eventId}`;
}

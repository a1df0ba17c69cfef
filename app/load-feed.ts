import "server-only";
import { createHash } from "node:crypto";
import { getViewEvents } from "@/db/queries/events";
import { getDataFreshness, getSourceSummaries } from "@/db/queries/sources";
import { detectEvents } from "@/lib/events/detect-events";
import { EVENT_KIND_LABELS, toEventKey } from "@/lib/events/event-kinds";
import { toEntryId, type FeedDocument, type FeedEntry } from "@/lib/feeds/feed-types";
import { ARENA_LABELS, labelBoard, labelCategory } from "@/lib/labels";
import { getSettings } from "@/lib/settings";
import type { RawParams } from "@/lib/url/param-issue";
import { loadGapView, parseGapView } from "./load-gap-view";
import {
  hasCustomDefinition,
  serializeGapParams,
  type GapParams,
  type ParamIssue,
} from "./search-params";

/**
 * URL → the feed of that gap view: the stored events of its board, category and source; under
 * a custom definition of open (which no ingest stores events for), the same detection replayed
 * over the view's own series. Shared by /feed.xml and /feed.json.
 */
export function loadFeed(raw: RawParams): { feed: FeedDocument; issues: ParamIssue[] } {
  const { params, issues } = parseGapView(raw);
  const origin = getSettings().OPENGAP_PUBLIC_ORIGIN;
  const query = serializeGapParams(params);
  const entries = hasCustomDefinition(params)
    ? replayEntries(raw, params, origin, query)
    : getViewEvents(params, origin).map((e): FeedEntry => ({
        id: toEntryId(origin, e.id),
        title: e.title,
        summary: e.summary,
        url: e.url,
        published: e.detectedAt,
        category: EVENT_KIND_LABELS[e.kind],
        data: e,
      }));
  const where = `${labelCategory(params.cat)} · ${labelBoard(params.arena, params.sc)}`;
  const feed: FeedDocument = {
    title: `OpenGap: ${where}${params.source === "all" ? "" : ` · ${params.source}`}`,
    description: `When the open-vs-proprietary gap moves on ${ARENA_LABELS[params.arena]} (${labelCategory(params.cat)}): new open records and leaders, ties, gap and months-behind moves, failing or stale sources.`,
    htmlUrl: `${origin}/${query}`,
    atomUrl: `${origin}/feed.xml${query}`,
    jsonUrl: `${origin}/feed.json${query}`,
    // Atom needs a date even when nothing has happened yet: the data's own age then.
    updated: entries[0]?.published ?? getDataFreshness().lastIngest ?? new Date().toISOString(),
    entries,
  };
  return { feed, issues };
}

// Enough for a reader to catch up; older changes are in the chart.
const REPLAY_PAIRS = 40;

function replayEntries(raw: RawParams, params: GapParams, origin: string, query: string) {
  const { series } = loadGapView(raw).view;
  const names = new Map(getSourceSummaries().map((x) => [x.slug, x.name]));
  // Worded as the stored events are (db/writer/derive-events.ts), so both feeds read alike.
  const label = (source: string) =>
    `${labelCategory(params.cat)} (${labelBoard(params.arena, params.sc)}, ${names.get(source) ?? source})`;
  const entries: FeedEntry[] = [];
  for (let i = Math.max(1, series.length - REPLAY_PAIRS); i < series.length; i++) {
    const [prev, next] = [series[i - 1], series[i]];
    if (!prev || !next || prev.source !== next.source) continue;
    const view = { arena: params.arena, sc: params.sc, cat: params.cat, source: next.source };
    const state = (p: typeof next) => ({ point: p, monthsBehind: p.behind?.monthsBehind ?? null });
    for (const e of detectEvents(state(prev), state(next), {
      view,
      boardLabel: label(next.source),
    })) {
      const digest = createHash("sha256")
        .update(`${toEventKey(e)}${query}`)
        .digest("hex");
      entries.push({
        id: `tag:${new URL(origin).hostname},2025:opengap:view-event:${digest.slice(0, 32)}`,
        title: e.title,
        summary: e.summary,
        url: `${origin}/${query}`,
        published: `${e.snapshotDate}T00:00:00.000Z`,
        category: EVENT_KIND_LABELS[e.kind],
        data: { ...e },
      });
    }
  }
  return entries.reverse();
}

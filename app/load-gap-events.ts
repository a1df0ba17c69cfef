import "server-only";
import { getSourceSummaries } from "@/db/queries/sources";
import type { GapEvent } from "@/components/gap/gap-annotation-list";
import type { GapView } from "@/lib/gap/build-gap-view";
import type { RawParams } from "@/lib/url/param-issue";
import { loadGapView } from "./load-gap-view";

/** The chart's markers in words, oldest first; releases only when the view draws them. */
export function listGapEvents(
  view: GapView,
  sourceName: (s: string) => string,
  releases: boolean,
): GapEvent[] {
  return [
    ...view.records.map((p) => ({
      date: p.date,
      kind: "Open record",
      text: `${p.open?.name} (${p.open?.rating.toFixed(0)}) on ${sourceName(p.source)}`,
    })),
    ...(releases ? view.releases : []).map((r) => ({
      date: r.date,
      kind: r.open ? "Open release" : "Release",
      text: r.label,
      href: r.source,
    })),
    ...view.sourceSwitches.map((s) => ({
      date: s.date,
      kind: "Source change",
      text: `${sourceName(s.from)} → ${sourceName(s.to)}: ratings before and after are on different scales`,
    })),
    ...view.methodChanges.map((m) => ({
      date: m.date,
      kind: "Method change",
      text: `${m.label}: ${m.detail}`,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/** The event list for a view, fetched when a reader opens it. */
export function loadGapEvents(raw: RawParams) {
  const { params, issues, view } = loadGapView(raw);
  const names = Object.fromEntries(getSourceSummaries().map((s) => [s.slug, s.name]));
  return { issues, events: listGapEvents(view, (s) => names[s] ?? s, params.rel) };
}

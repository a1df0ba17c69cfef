import type { GapView } from "./build-gap-view";

/** Serialisable chart markers: open records on the open line, vertical lines for events. */
export interface ChartAnnotations {
  records: { t: number; rating: number; label: string }[];
  events: { t: number; kind: "release" | "method" | "source"; label: string }[];
}

const t = (date: string) => Date.parse(`${date}T00:00:00Z`);

export function toChartAnnotations(
  view: GapView,
  sourceNames: Record<string, string>,
): ChartAnnotations {
  return {
    records: view.records.flatMap((p) =>
      p.open
        ? [
            {
              t: t(p.date),
              rating: Math.round(p.open.rating * 10) / 10,
              label: `${p.open.name} sets an open record`,
            },
          ]
        : [],
    ),
    events: [
      ...view.releases.map((r) => ({ t: t(r.date), kind: "release" as const, label: r.label })),
      ...view.methodChanges.map((m) => ({
        t: t(m.date),
        kind: "method" as const,
        label: `${m.label} (${sourceNames[m.source] ?? m.source})`,
      })),
      ...view.sourceSwitches.map((s) => ({
        t: t(s.date),
        kind: "source" as const,
        label: `Source: ${sourceNames[s.from] ?? s.from} → ${sourceNames[s.to] ?? s.to}`,
      })),
    ].sort((a, b) => a.t - b.t),
  };
}

/** Release lines only when the view asks for them (`rel=1`): 60-odd lines read as noise. */
export function filterReleases(a: ChartAnnotations, showReleases: boolean): ChartAnnotations {
  return showReleases ? a : { ...a, events: a.events.filter((e) => e.kind !== "release") };
}

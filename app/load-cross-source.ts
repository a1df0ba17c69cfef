import "server-only";
import { getSourceSummaries } from "@/db/queries/sources";
import type { CrossSourceData } from "@/components/gap/cross-source-view";
import type { GapView } from "@/lib/gap/build-gap-view";
import type { RawParams } from "@/lib/url/param-issue";
import { loadGapView } from "./load-gap-view";

/** Sources with at least one gap in the view: the section is shown only for two or more. */
export function countGapSources(view: GapView): number {
  return Object.values(view.bySource).filter((ps) => ps.some((p) => p.gap !== null)).length;
}

/** The per-source section's lines and agreement table, fetched when a reader opens it. */
export function loadCrossSource(raw: RawParams) {
  const { issues, view } = loadGapView(raw);
  const names = Object.fromEntries(getSourceSummaries().map((s) => [s.slug, s.name]));
  const name = (s: string) => names[s] ?? s;
  const data: CrossSourceData = {
    series: Object.entries(view.bySource)
      .filter(([, points]) => points.length > 0)
      .map(([source, points]) => ({
        source,
        name: name(source),
        points: points.flatMap((p) =>
          p.gap === null
            ? []
            : [{ t: Date.parse(`${p.date}T00:00:00Z`), gap: Math.round(p.gap * 10) / 10 }],
        ),
      })),
    pairs: view.overlaps
      .filter((o) => o.pairs >= 3)
      .map((o) => {
        const key = o.sources.join("|");
        const stretches = view.disagreements
          .filter((d) => d.sources.join("|") === key)
          .map((d) => ({
            when: d.from === d.to ? d.from : `${d.from} – ${d.to}`,
            max: d.maxDifference.toFixed(0),
            example: `${d.example.a.date}: ${d.example.a.gap?.toFixed(0)} vs ${d.example.b.gap?.toFixed(0)}`,
          }));
        const worst = Math.max(
          0,
          ...view.disagreements
            .filter((d) => d.sources.join("|") === key)
            .map((d) => d.maxDifference),
        );
        return {
          names: `${name(o.sources[0])} vs ${name(o.sources[1])}`,
          pairs: o.pairs,
          span: `${o.from} – ${o.to}`,
          median: o.medianAbsDifference?.toFixed(1) ?? "—",
          stretches,
          worst: worst.toFixed(0),
        };
      })
      .sort((a, b) => b.pairs - a.pairs),
  };
  return { issues, data };
}

import type { Metadata } from "next";
import { getSourceSummaries } from "@/db/queries/sources";
import { labelBoard, labelCategory } from "@/lib/labels";
import { filterReleases, toChartAnnotations } from "@/lib/gap/to-chart-annotations";
import { toChartPoints } from "@/lib/gap/to-chart-points";
import { toAbsoluteUrl } from "@/lib/url/to-absolute-url";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { GapChart } from "@/components/gap/gap-chart";
import { loadGapView } from "../../load-gap-view";
import { serializeGapParams } from "../../search-params";

// Live: every request reads the newest data (cached per data version), so the embed never goes stale.
export const dynamic = "force-dynamic";

type SearchParams = PageProps<"/embed/gap">["searchParams"];

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { params } = loadGapView(await searchParams);
  return {
    title: `Open vs closed gap: ${labelCategory(params.cat)} (embed)`,
    alternates: { canonical: `/${serializeGapParams(params)}` },
    robots: { index: false },
  };
}

/** /embed/gap?<the gap view's keys>: the home page's chart alone, for other sites' iframes. */
export default async function EmbedGapPage({ searchParams }: { searchParams: SearchParams }) {
  const { params, view } = loadGapView(await searchParams);
  const sources = getSourceSummaries();
  const names = Object.fromEntries(sources.map((s) => [s.slug, s.name]));
  const used = new Set(view.series.map((p) => p.source));
  const credit = sources.filter((s) => used.has(s.slug)).map((s) => s.publisher);
  const title = `Open vs proprietary: ${labelCategory(params.cat)} · ${labelBoard(params.arena, params.sc)}`;
  return (
    <EmbedFrame
      title={title}
      fullUrl={toAbsoluteUrl(`/${serializeGapParams(params)}`)}
      credit={[...new Set(credit)].join(", ") || "no source yet"}
    >
      {view.latest ? (
        <GapChart
          points={toChartPoints(view.series)}
          sourceNames={names}
          annotations={filterReleases(toChartAnnotations(view, names), params.rel)}
          title={title}
          fill
        />
      ) : (
        <p role="status">No snapshot rates both sides for this view yet.</p>
      )}
    </EmbedFrame>
  );
}

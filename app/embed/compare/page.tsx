import type { Metadata } from "next";
import { labelCategory } from "@/lib/labels";
import { toAbsoluteUrl } from "@/lib/url/to-absolute-url";
import { RatingLinesChart } from "@/components/compare/rating-lines-chart";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { loadCompareView } from "../../compare/load-compare-view";
import { serializeCompareParams } from "../../compare/search-params";

export const dynamic = "force-dynamic";

type SearchParams = PageProps<"/embed/compare">["searchParams"];

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { params, models } = loadCompareView(await searchParams);
  return {
    title: `${models.map((m) => m.name).join(" vs ") || "Compare models"} (embed)`,
    alternates: { canonical: `/compare${serializeCompareParams(params)}` },
    robots: { index: false },
  };
}

/** /embed/compare?<the comparison's keys>: the rating history of the compared models alone. */
export default async function EmbedComparePage({ searchParams }: { searchParams: SearchParams }) {
  const { params, models, view } = loadCompareView(await searchParams);
  const names = models.map((m) => m.name).join(" vs ");
  const fullUrl = toAbsoluteUrl(`/compare${serializeCompareParams(params)}`);
  if (!view)
    return (
      <EmbedFrame title="Compare models" fullUrl={fullUrl} credit="—">
        <p role="status">Pick at least two models on the full view to embed a comparison.</p>
      </EmbedFrame>
    );
  return (
    <EmbedFrame
      title={`${names}: ${labelCategory(view.cat)} rating · ${view.boardLabel}`}
      fullUrl={fullUrl}
      credit={view.sourceName}
    >
      <RatingLinesChart
        testId="compare-history"
        label={`${labelCategory(view.cat)} rating history of ${names} on ${view.boardLabel}`}
        markDate={view.choice.snapshot.date}
        lines={view.history.map((h) => ({
          key: h.key,
          name: models.find((m) => m.slug === h.key)?.name ?? h.key,
          points: h.points,
        }))}
        fill
      />
    </EmbedFrame>
  );
}

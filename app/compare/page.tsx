import { todayIso } from "@/lib/dates/iso-date";
import type { Metadata } from "next";
import { DataAsOf } from "@/components/layout/data-as-of";
import { loadBoardToday } from "@/app/load-board-today";
import Link from "next/link";
import { getCurrentLeaders, getSourceNames } from "@/db/queries/compare";
import { labelCategory } from "@/lib/labels";
import { toAbsoluteUrl } from "@/lib/url/to-absolute-url";
import { CompareBars } from "@/components/compare/compare-bars";
import { CompareControls } from "@/app/compare/_components/compare-controls";
import { CompareDownloads } from "@/components/compare/compare-downloads";
import { CompareEmptyState } from "@/app/compare/_components/compare-empty-state";
import { CompareTables } from "@/components/compare/compare-tables";
import { RatingLinesFigure } from "@/components/compare/rating-lines-figure";
import { ParamNotices } from "@/components/gap/param-notices";
import { CiteView } from "@/components/share/cite-view";
import { ModelBenchmarks } from "@/components/metrics/model-benchmarks";
import { loadModelBenchmarks } from "@/app/metrics/load-model-benchmarks";
import { oEmbedLink } from "../follow-links";
import { loadCompareView } from "./load-compare-view";
import { serializeCompareParams } from "./search-params";

// Reads the database on each request (cached per data version); an ingest changes the answer.
export const dynamic = "force-dynamic";

// Next 16's generated route types (next typegen): the searchParams this route receives.
type SearchParams = PageProps<"/compare">["searchParams"];

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { params, models, view } = loadCompareView(await searchParams);
  const query = serializeCompareParams(params);
  const title = models.length >= 2 ? models.map((m) => m.name).join(" vs ") : "Compare models";
  const image = toAbsoluteUrl(`/api/og/compare${query}`);
  const description = view
    ? `Ratings with 95% intervals on the ${view.boardLabel} snapshot of ${view.choice.snapshot.date}.`
    : "Compare open-weight and proprietary LLMs on leaderboard ratings.";
  return {
    title,
    description,
    alternates: { canonical: `/compare${query}`, types: oEmbedLink(`/compare${query}`, title) },
    openGraph: { title, description, images: [{ url: image, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const { params, issues, models, view } = loadCompareView(await searchParams);
  const names = getSourceNames();
  const title = models.map((m) => m.name).join(" vs ");
  const snapshot = view?.choice.snapshot;
  const pinned = snapshot
    ? serializeCompareParams({ ...params, at: snapshot.date, source: snapshot.board })
    : "";

  return (
    <main id="main">
      <h1>Compare models</h1>
      <p className="muted">
        Ratings of up to six models in one snapshot of one leaderboard. Ratings are comparable only
        within one snapshot of one source, so every number here comes from the same one.
      </p>
      <ParamNotices issues={issues} />
      <BoardToday />
      <CompareControls
        params={params}
        choices={{
          names: Object.fromEntries(models.map((m) => [m.slug, m.name])),
          categories: (view?.rows ?? []).map((r) => ({
            slug: r.category,
            label: labelCategory(r.category),
          })),
          boards: view?.boards ?? [],
        }}
      />
      {view && snapshot ? (
        <>
          <h2 data-testid="compare-heading">
            Ratings in the <span data-testid="compare-source">{view.boardLabel}</span> snapshot of{" "}
            <span data-testid="compare-date">{snapshot.date}</span>
          </h2>
          {view.choice.note && (
            <p className="warning" role="status" data-testid="snapshot-note">
              {view.choice.note.kind === "earlier"
                ? `No ${view.boardLabel} snapshot on ${view.choice.note.requested}; showing the nearest earlier one, ${snapshot.date}.`
                : `No ${view.boardLabel} snapshot on or before ${view.choice.note.requested}; showing its first, ${snapshot.date}.`}
            </p>
          )}
          <p className="muted">
            {params.at && params.source ? (
              "This link is pinned to this snapshot."
            ) : (
              <>
                This view follows the newest data.{" "}
                <Link href={`/compare${pinned}`} data-testid="pin-snapshot">
                  Pin this snapshot in the link
                </Link>{" "}
                so it keeps showing these numbers.
              </>
            )}
          </p>
          <CompareBars
            rows={view.rows}
            models={models}
            label={`${title}, ${view.boardLabel} ${snapshot.date}`}
          />
          <CompareTables
            models={models}
            rows={view.rows}
            caption={`Ratings on the ${view.boardLabel} snapshot of ${snapshot.date}`}
          />
          <h2>
            {labelCategory(view.cat)} rating over time · {view.boardLabel}
          </h2>
          <p className="muted">
            Every snapshot of this one source; gaps mean the model was not on that snapshot. The
            dotted line marks {snapshot.date}.
          </p>
          <RatingLinesFigure
            testId="compare-history"
            label={`${labelCategory(view.cat)} rating history on ${view.boardLabel}`}
            markDate={snapshot.date}
            lines={models.flatMap((m) => {
              const h = view.history.find((x) => x.key === m.slug);
              return h
                ? [{ key: m.slug, name: m.name, points: h.points, seriesIndex: m.seriesIndex }]
                : [];
            })}
          />
          <ModelBenchmarks {...loadModelBenchmarks(models)} />
          <CompareDownloads query={serializeCompareParams(params)} />
          <CiteView
            title={title}
            sourceName={view.boardLabel}
            snapshotDate={snapshot.date}
            url={toAbsoluteUrl(`/compare${pinned}`)}
            accessed={todayIso()}
          />
        </>
      ) : (
        <CompareEmptyState
          params={params}
          valid={models}
          leaders={getCurrentLeaders()}
          sourceName={(s) => names[s] ?? s}
        />
      )}
    </main>
  );
}

/** The site's "today" (newest complete text board), with a banner when it is stale. */
function BoardToday() {
  const asOf = loadBoardToday();
  return asOf ? <DataAsOf {...asOf} /> : null;
}

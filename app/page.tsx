import { todayIso } from "@/lib/dates/iso-date";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getBoardToday } from "@/db/queries/board-today";
import { getDataFreshness, getSourceSummaries } from "@/db/queries/sources";
import { ARENA_LABELS, labelBoard, labelCategory } from "@/lib/labels";
import { buildDatePresets } from "@/lib/gap/date-presets";
import { filterReleases, toChartAnnotations } from "@/lib/gap/to-chart-annotations";
import { toChartPoints } from "@/lib/gap/to-chart-points";
import { toAbsoluteUrl } from "@/lib/url/to-absolute-url";
import { CrossSourceSection } from "@/components/gap/cross-source-section";
import { GapAnnotationList } from "@/components/gap/gap-annotation-list";
import { GapCards } from "@/components/gap/gap-cards";
import { MonthsBehindMethod } from "@/components/gap/months-behind-method";
import { UncountedNotice } from "@/components/gap/uncounted-notice";
import { DataAsOf } from "@/components/layout/data-as-of";
import { GapFigure } from "@/components/gap/gap-figure";
import { GapControls } from "@/app/_components/gap-controls";
import { FiltersPanel, summarizeGapFilters } from "@/app/_components/filters-panel";
import { QuickViews } from "@/app/_components/quick-views";
import { GapAnswer } from "@/components/gap/gap-answer";
import { HowToRead } from "@/components/gap/how-to-read";
import { GapDownloads } from "@/components/gap/gap-downloads";
import { GapEmptyState } from "@/app/_components/gap-empty-state";
import { GapTable } from "@/components/gap/gap-table";
import { ParamNotices } from "@/components/gap/param-notices";
import { SourceList } from "@/components/gap/source-list";
import { followLinks } from "./follow-links";
import { countGapSources } from "./load-cross-source";
import { listGapEvents } from "./load-gap-events";
import { loadGapView } from "./load-gap-view";
import { serializeGapParams } from "./search-params";

// Reads the database on each request (cached per data version); ingest changes the answer.
export const dynamic = "force-dynamic";

// Next 16's generated route types (next typegen): the searchParams this route receives.
type SearchParams = PageProps<"/">["searchParams"];

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { params, view } = loadGapView(await searchParams);
  const cat = labelCategory(params.cat);
  const query = serializeGapParams(params);
  const title = `Open vs closed gap: ${cat}`;
  const latest = view.latest;
  const description =
    latest?.gap != null
      ? `${latest.closed?.name} leads ${latest.open?.name} by ${latest.gap.toFixed(0)} points (${latest.gapPct?.toFixed(1)}%) on ${latest.date}.`
      : "How far behind the best proprietary LLMs are the best open-weight ones?";
  // Absolute, so a pasted link previews the chart wherever the site is served from.
  const image = toAbsoluteUrl(await headers(), `/api/og/gap${query}`);
  return {
    title,
    description,
    alternates: { canonical: `/${query}`, types: followLinks(query, title) },
    openGraph: { title, description, images: [{ url: image, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function GapPage({ searchParams }: { searchParams: SearchParams }) {
  const { params, issues, choices, view, nearest } = loadGapView(await searchParams);
  const sources = getSourceSummaries();
  const names = Object.fromEntries(sources.map((s) => [s.slug, s.name]));
  const sourceName = (slug: string) => names[slug] ?? slug;
  const freshness = getDataFreshness();
  const query = serializeGapParams(params);
  const today = getBoardToday({ arena: params.arena, styleControl: params.sc });
  const labelOf = (list: { slug: string; label: string }[]) => (slug: string) =>
    list.find((c) => c.slug === slug)?.label ?? slug;
  const annotations = toChartAnnotations(view, names);
  const releaseCount = annotations.events.filter((e) => e.kind === "release").length;
  const boardTitle = `${labelCategory(params.cat)} · ${ARENA_LABELS[params.arena]}${params.sc ? " · style control" : ""}`;

  return (
    <main id="main">
      <h1>How far behind are open-weight LLMs?</h1>
      {view.latest && <GapAnswer point={view.latest} sourceName={sourceName(view.latest.source)} />}
      <ParamNotices issues={issues} />
      {view.latest && (
        <>
          <GapCards point={view.latest} changes={view.changes} sourceName={sourceName} />
          {view.uncounted && <UncountedNotice model={view.uncounted} point={view.latest} />}
        </>
      )}
      <QuickViews
        params={params}
        categories={choices.categories.map((c) => c.slug)}
        styleControl={choices.boards.some((b) => b.arena === params.arena && b.styleControl)}
      />
      <FiltersPanel
        summary={summarizeGapFilters(params, {
          source: labelOf(choices.sources),
          licence: labelOf(choices.licences),
          organization: labelOf(choices.organizations),
        })}
      >
        <GapControls
          params={params}
          choices={{
            categories: choices.categories.map((c) => ({
              slug: c.slug,
              label: labelCategory(c.slug),
            })),
            boards: [...new Set(choices.boards.map((b) => b.arena))].map((a) => ({
              value: a,
              label: ARENA_LABELS[a],
            })),
            sources: choices.sources.map(({ slug, label }) => ({ slug, label })),
            licences: choices.licences.map(({ slug, label, count }) => ({ slug, label, count })),
            organizations: choices.organizations.map(({ slug, label, count }) => ({
              slug,
              label,
              count,
            })),
            presets: buildDatePresets(freshness.latestSnapshot),
            styleControlAvailable: choices.boards.some(
              (b) => b.arena === params.arena && b.styleControl,
            ),
          }}
        />
      </FiltersPanel>
      {today && (
        <DataAsOf
          date={today.date}
          sourceName={today.sourceName}
          board={labelBoard(params.arena, params.sc)}
          now={todayIso()}
        />
      )}
      {view.latest ? (
        <>
          <h2 data-testid="board-title">{boardTitle}</h2>
          <GapFigure
            points={toChartPoints(view.series)}
            query={query}
            sourceNames={names}
            title={boardTitle}
            annotations={filterReleases(annotations, params.rel)}
            releases={{
              shown: params.rel,
              count: releaseCount,
              toggleHref: `/${serializeGapParams({ ...params, rel: !params.rel })}`,
            }}
          />
          <GapAnnotationList
            key={`events${query}`}
            query={query}
            count={listGapEvents(view, sourceName, params.rel).length}
            releases={params.rel}
          />
          <GapTable key={query} query={query} count={view.series.length} />
          <GapDownloads query={query} />
          <HowToRead />
          <MonthsBehindMethod />
          <CrossSourceSection query={query} count={countGapSources(view)} />
        </>
      ) : (
        <GapEmptyState
          params={params}
          sourceNames={choices.sources.map((s) => s.label)}
          nearest={nearest}
        />
      )}
      <p className="muted">
        Best open-weight vs best proprietary model per leaderboard snapshot; each gap is computed
        within one snapshot of one source, never across rating scales.{" "}
        <Link href="/metrics">
          The same gap on GPQA, SWE-bench, LiveBench and Epoch&apos;s index
        </Link>{" "}
        · <Link href="/figures">How this compares with published figures</Link>
      </p>
      <p className="muted" data-testid="data-as-of">
        Data as of <Link href="/status">{freshness.latestSnapshot ?? "—"}</Link>
        {freshness.lastIngest
          ? `, last ingest ${freshness.lastIngest.slice(0, 16).replace("T", " ")} UTC`
          : ""}
        . <Link href="#sources">Sources</Link> · <Link href="/status">Data status</Link>
      </p>
      <SourceList sources={sources} />
    </main>
  );
}

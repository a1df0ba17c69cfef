import type { Metadata } from "next";
import { DataAsOf } from "@/components/layout/data-as-of";
import { loadBoardToday } from "@/app/load-board-today";
import { ParamNotices } from "@/components/gap/param-notices";
import { LeaderboardChanges } from "@/components/leaderboard/leaderboard-changes";
import { LeaderboardControls } from "@/app/leaderboard/_components/leaderboard-controls";
import { LeaderboardDownloads } from "@/components/leaderboard/leaderboard-downloads";
import { LeaderboardEmptyState } from "@/app/leaderboard/_components/leaderboard-empty-state";
import { LeaderboardTable } from "@/app/leaderboard/_components/leaderboard-table";
import { SourceChoice } from "@/app/leaderboard/_components/source-choice";
import { hasActiveFilter } from "@/lib/leaderboard/filter-entries";
import { toControlChoices } from "./control-choices";
import { loadLeaderboard } from "./load-leaderboard";
import Link from "next/link";
import { LEADERBOARD_PAGE, serializeLeaderboardParams } from "./search-params";
import { labelBoard, labelCategory } from "@/lib/labels";

// Reads the database on each request (cached per data version); an ingest changes the answer.
export const dynamic = "force-dynamic";

// Next 16's generated route types (next typegen): the searchParams this route receives.
type SearchParams = PageProps<"/leaderboard">["searchParams"];

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { params, source, snapshot } = loadLeaderboard(await searchParams);
  return {
    title: `Leaderboard: ${labelCategory(params.cat)}${snapshot ? `, ${snapshot.date}` : ""}${source ? ` (${source.name})` : ""}`,
    alternates: { canonical: `/leaderboard${serializeLeaderboardParams(params)}` },
  };
}

export default async function LeaderboardPage({ searchParams }: { searchParams: SearchParams }) {
  const view = loadLeaderboard(await searchParams);
  const { params, source, snapshot, board, rows } = view;
  const filtered = hasActiveFilter(params);
  const asOf = loadBoardToday({ arena: params.arena, styleControl: params.sc });
  const heading = `${labelCategory(params.cat)} · ${labelBoard(params.arena, params.sc)}`;

  return (
    <main id="main">
      <h1>Leaderboard</h1>
      <p className="muted">
        One snapshot of one source at a time, as it stood on a date: ratings are only comparable
        within a snapshot, never across sources.
      </p>
      <ParamNotices issues={view.issues} />
      {asOf && !params.at && !params.source && <DataAsOf {...asOf} />}
      {view.notes.map((n) => (
        <p key={n} className="warning" role="status" data-testid="snapshot-notice">
          {n}
        </p>
      ))}
      <LeaderboardControls params={params} choices={toControlChoices(view)} />
      {!source || !snapshot ? (
        <LeaderboardEmptyState params={params} reason="board" />
      ) : (
        <>
          <SourceChoice params={params} shown={source} sources={view.sources} />
          <h2>
            {heading} · <span data-testid="snapshot-date">{snapshot.date}</span>
          </h2>
          <p className="muted" data-testid="tier-note">
            {board.tiersAvailable
              ? "Tier 1 holds every model whose 95% interval overlaps the top model's; each next tier repeats that among the rest, so models in one tier are statistically tied with its leader."
              : `Tiers are unavailable: ${source.name} publishes no 95% intervals for this board.`}{" "}
            {board.rankFromSource
              ? "Ranks are the source's own."
              : "Ranks are computed from the ratings (the source publishes none)."}
          </p>
          <p data-testid="row-count">
            {filtered ? `${rows.length} of ${board.entries.length}` : board.entries.length} models
          </p>
          {rows.length > 0 ? (
            <LeaderboardTable
              rows={params.all ? rows : rows.slice(0, LEADERBOARD_PAGE)}
              params={params}
              showTiers={board.tiersAvailable}
              caption={`${heading}, ${source.name}, snapshot ${snapshot.date}`}
            />
          ) : (
            <LeaderboardEmptyState params={params} reason="filters" />
          )}
          {rows.length > LEADERBOARD_PAGE && (
            <p data-testid="show-all">
              {params.all ? (
                <Link href={`/leaderboard${serializeLeaderboardParams({ ...params, all: false })}`}>
                  Show the first {LEADERBOARD_PAGE} only
                </Link>
              ) : (
                <>
                  Showing the first {LEADERBOARD_PAGE} of {rows.length}.{" "}
                  <Link
                    href={`/leaderboard${serializeLeaderboardParams({ ...params, all: true })}`}
                  >
                    Show all {rows.length} models
                  </Link>
                </>
              )}
            </p>
          )}
          <p className="muted" data-testid="cite">
            Source: <a href={source.homepage}>{source.name}</a>, snapshot {snapshot.date} (
            <code>{snapshot.origin}</code>)
          </p>
          <LeaderboardDownloads query={serializeLeaderboardParams(params)} />
          <LeaderboardChanges
            changes={view.changes}
            previous={view.previous}
            current={snapshot}
            filtered={filtered}
          />
        </>
      )}
    </main>
  );
}

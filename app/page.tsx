import Link from "next/link";
import { getSnapshotFrontiers } from "@/db/queries/gap";
import { getDataFreshness, getSourceSummaries } from "@/db/queries/sources";
import { OPEN_WEIGHT_CLASSES } from "@/lib/domain";
import { buildGapTimeline } from "@/lib/gap/build-gap-timeline";
import { toChartPoints } from "@/lib/gap/to-chart-points";
import { GapChart } from "@/components/gap/gap-chart";
import { GapHeadline } from "@/components/gap/gap-headline";
import { GapTable } from "@/components/gap/gap-table";
import { SourceList } from "@/components/gap/source-list";

// Reads the database on each request; ingest runs change the answer without a rebuild.
export const dynamic = "force-dynamic";

export default function HomePage() {
  const frontiers = getSnapshotFrontiers({
    category: "overall",
    arena: "text",
    styleControl: false,
  });
  const series = buildGapTimeline(frontiers, OPEN_WEIGHT_CLASSES);
  const sources = getSourceSummaries();
  const sourceNames = Object.fromEntries(sources.map((s) => [s.slug, s.name]));
  const latest = series.at(-1);
  const freshness = getDataFreshness();

  return (
    <main>
      <h1>How far behind are open-weight LLMs?</h1>
      <p className="muted">
        Best open-weight vs best proprietary model on the overall text leaderboard, per snapshot.
        Each gap is computed within one snapshot of one source; sources are never mixed on one date.
      </p>
      {latest ? (
        <>
          <GapHeadline point={latest} sourceName={sourceNames[latest.source] ?? latest.source} />
          <GapChart points={toChartPoints(series)} sourceNames={sourceNames} />
          <GapTable series={series} sourceNames={sourceNames} />
        </>
      ) : (
        <div className="card" data-testid="empty-state">
          <strong>No leaderboard data yet.</strong> Run <code>npm run db:seed</code> to load the
          bundled history, or <code>npm run ingest</code> to fetch it.
        </div>
      )}
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

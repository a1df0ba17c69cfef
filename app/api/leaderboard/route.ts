import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import { NextResponse, type NextRequest } from "next/server";
import { readSearchParams } from "@/lib/url/read-search-params";
import { formatSortOrder } from "@/lib/leaderboard/sort-entries";
import { toLeaderboardCsv, toLeaderboardExport } from "@/lib/leaderboard/to-leaderboard-export";
import { loadLeaderboard } from "../../leaderboard/load-leaderboard";
import { serializeLeaderboardParams } from "../../leaderboard/search-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/leaderboard?source=&arena=&sc=&at=&cat=&q=&sort=&cls=&lic=&org=&format=json|csv
 * The table /leaderboard shows (filtered and sorted), as JSON or CSV. Bad parameters answer 400
 * with the valid values; the page instead shows a notice and applies the defaults.
 */
export function GET(req: NextRequest) {
  const { raw, format, formatIssue } = readSearchParams(req.nextUrl.searchParams);
  if (formatIssue) {
    return NextResponse.json(
      { error: "Invalid parameters", issues: [formatIssue] },
      { status: 400 },
    );
  }
  const view = loadLeaderboard(raw);
  if (view.issues.length > 0) {
    return NextResponse.json(
      { error: "Invalid parameters", issues: summariseParamIssues(view.issues) },
      { status: 400 },
    );
  }
  const { params, source, snapshot } = view;
  if (!source || !snapshot) {
    return NextResponse.json(
      {
        error: `No snapshots for the ${params.arena} board${params.sc ? " with style control" : ""}.`,
      },
      { status: 404 },
    );
  }
  const rows = toLeaderboardExport(view.rows);
  if (format === "csv") {
    const name = `opengap-leaderboard-${source.slug}-${snapshot.date}-${params.cat}.csv`;
    return new NextResponse(
      toLeaderboardCsv(rows, { source: source.slug, date: snapshot.date, category: params.cat }),
      {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${name}"`,
        },
      },
    );
  }
  return NextResponse.json({
    query: {
      ...params,
      sort: formatSortOrder(params.sort),
      canonical: `/leaderboard${serializeLeaderboardParams(params)}`,
    },
    snapshot: {
      source: source.slug,
      sourceName: source.name,
      date: snapshot.date,
      origin: snapshot.origin,
      arena: params.arena,
      styleControl: params.sc,
      category: params.cat,
    },
    notes: view.notes,
    tiersAvailable: view.board.tiersAvailable,
    rankFromSource: view.board.rankFromSource,
    total: view.board.entries.length,
    rows,
    note: "Ratings are comparable only within this snapshot of this source. Tier 1 = models whose 95% interval overlaps the top model's; the next tier repeats that among the rest.",
  });
}

import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import { NextResponse, type NextRequest } from "next/server";
import { readSearchParams } from "@/lib/url/read-search-params";
import { toCompareCsv, toCompareExport } from "@/lib/compare/to-compare-export";
import { loadCompareView } from "../../compare/load-compare-view";
import { MIN_MODELS, serializeCompareParams } from "../../compare/search-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/compare?models=a,b&cat=&at=&source=&format=json|csv
 * The comparison the /compare page shows. Unknown models or malformed values answer 400 with
 * the issues; the page instead shows a notice and drops them.
 */
export function GET(req: NextRequest) {
  const { raw, format, formatIssue } = readSearchParams(req.nextUrl.searchParams);
  if (formatIssue) return NextResponse.json({ error: formatIssue.message }, { status: 400 });
  const { params, issues, models, view } = loadCompareView(raw);
  if (issues.length > 0)
    return NextResponse.json(
      { error: "Invalid parameters", issues: summariseParamIssues(issues) },
      { status: 400 },
    );
  if (models.length < MIN_MODELS || !view)
    return NextResponse.json(
      {
        error: `Give at least ${MIN_MODELS} models that have ratings, e.g. models=gpt-4o-2024-05-13,deepseek-r1.`,
      },
      { status: 400 },
    );
  const { snapshot, note } = view.choice;
  const source = snapshot.board;
  const rows = toCompareExport(models, view.rows);
  if (format === "csv")
    return new NextResponse(toCompareCsv(rows, { source, date: snapshot.date }), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="opengap-compare-${snapshot.date}.csv"`,
      },
    });
  return NextResponse.json({
    query: { ...params, canonical: `/compare${serializeCompareParams(params)}` },
    snapshot: { source, label: view.boardLabel, date: snapshot.date, note },
    models: models.map(({ slug, name, organization, licenceClass }) => ({
      slug,
      name,
      organization,
      licenceClass,
    })),
    rows,
    history: { category: view.cat, series: view.history },
    note: "Ratings come from one snapshot of one source; deltas are against the first model, in that snapshot's points.",
  });
}

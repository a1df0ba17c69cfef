import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import { NextResponse, type NextRequest } from "next/server";
import { readSearchParams } from "@/lib/url/read-search-params";
import { toGapCsv, toGapExport } from "@/lib/gap/to-gap-export";
import { loadGapView } from "../../load-gap-view";
import { serializeGapParams } from "../../search-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/gap?cat=&open=&lic=&org=&from=&to=&source=&arena=&sc=&format=json|csv
 * The gap series the home page draws. Unknown or malformed parameters are a 400 that lists
 * the valid values; the page instead shows a notice and applies defaults.
 */
export function GET(req: NextRequest) {
  const { raw, format, formatIssue } = readSearchParams(req.nextUrl.searchParams);
  if (formatIssue) return NextResponse.json({ error: formatIssue.message }, { status: 400 });
  const { params, issues, view } = loadGapView(raw);
  if (issues.length > 0) {
    return NextResponse.json(
      { error: "Invalid parameters", issues: summariseParamIssues(issues) },
      { status: 400 },
    );
  }
  const series = toGapExport(view.series);
  if (format === "csv") {
    return new NextResponse(toGapCsv(series), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="opengap-${params.cat}-${params.source}.csv"`,
      },
    });
  }
  return NextResponse.json({
    query: { ...params, canonical: `/${serializeGapParams(params)}` },
    series,
    note: "Each gap is computed within one snapshot of one source (closed − open, percent of open). Ratings of different sources are on different scales.",
  });
}

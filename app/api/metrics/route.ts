import { NextResponse, type NextRequest } from "next/server";
import { toMetricsCsv, toMetricsExport } from "@/lib/metrics/to-metrics-export";
import { readSearchParams } from "@/lib/url/read-search-params";
import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import { loadMetricsView } from "../../metrics/load-metrics";
import { serializeMetricsParams } from "../../metrics/search-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/metrics?m=slug,slug&from=YYYY-MM-DD&format=json|csv
 * The gap per metric the /metrics page draws (every point of each metric's newest export; `from`
 * only sets the page's axis). Bad values answer 400 with one issue per key.
 */
export function GET(req: NextRequest) {
  const { raw, format, formatIssue } = readSearchParams(req.nextUrl.searchParams);
  if (formatIssue) return NextResponse.json({ error: formatIssue.message }, { status: 400 });
  const view = loadMetricsView(raw);
  if (view.issues.length > 0)
    return NextResponse.json(
      { error: "Invalid parameters", issues: summariseParamIssues(view.issues) },
      { status: 400 },
    );
  const rows = toMetricsExport(view.panels.map((p) => p.series));
  if (format === "csv")
    return new NextResponse(toMetricsCsv(rows), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="opengap-metrics.csv"',
      },
    });
  return NextResponse.json({
    query: { ...view.params, canonical: `/metrics${serializeMetricsParams(view.params)}` },
    summary: view.summary.sentence,
    metrics: rows,
    note: "Each metric is read inside one export of its source; values are in the metric's own unit and never averaged across metrics. Licences differ per metric: SWE-bench data is CC BY-NC 4.0 (non-commercial use only).",
  });
}

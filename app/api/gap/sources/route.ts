import { NextResponse, type NextRequest } from "next/server";
import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import { readSearchParams } from "@/lib/url/read-search-params";
import { loadCrossSource } from "../../../load-cross-source";

export const dynamic = "force-dynamic";

/**
 * GET /api/gap/sources?<the home page's query>: each source's own gap line and where sources
 * agree. The home page fetches it when the reader opens "The same gap, source by source".
 */
export function GET(req: NextRequest) {
  const { raw } = readSearchParams(req.nextUrl.searchParams);
  const { issues, data } = loadCrossSource(raw);
  if (issues.length > 0)
    return NextResponse.json(
      { error: "Invalid parameters", issues: summariseParamIssues(issues) },
      { status: 400 },
    );
  return NextResponse.json(data, { headers: { "cache-control": "public, max-age=300" } });
}

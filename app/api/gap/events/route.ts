import { NextResponse, type NextRequest } from "next/server";
import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import { readSearchParams } from "@/lib/url/read-search-params";
import { loadGapEvents } from "../../../load-gap-events";

export const dynamic = "force-dynamic";

/**
 * GET /api/gap/events?<the home page's query>: open records, source and method changes (and
 * model releases with rel=1), oldest first. The home page fetches it when its list is opened.
 */
export function GET(req: NextRequest) {
  const { raw } = readSearchParams(req.nextUrl.searchParams);
  const { issues, events } = loadGapEvents(raw);
  if (issues.length > 0)
    return NextResponse.json(
      { error: "Invalid parameters", issues: summariseParamIssues(issues) },
      { status: 400 },
    );
  return NextResponse.json({ events }, { headers: { "cache-control": "public, max-age=300" } });
}

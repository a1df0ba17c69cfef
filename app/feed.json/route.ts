import { type NextRequest } from "next/server";
import { toJsonFeed } from "@/lib/feeds/to-json-feed";
import { readSearchParams } from "@/lib/url/read-search-params";
import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import { loadFeed } from "../load-feed";

export const dynamic = "force-dynamic";

/** GET /feed.json[?view keys]: the same events as /feed.xml, as a JSON Feed 1.1. */
export function GET(req: NextRequest) {
  const { raw } = readSearchParams(req.nextUrl.searchParams);
  const { feed, issues } = loadFeed(raw);
  if (issues.length)
    return Response.json(
      { error: "Invalid parameters", issues: summariseParamIssues(issues) },
      { status: 400 },
    );
  return new Response(JSON.stringify(toJsonFeed(feed), null, 2), {
    headers: {
      "content-type": "application/feed+json; charset=utf-8",
      "cache-control": "public, max-age=300",
    },
  });
}

import { type NextRequest } from "next/server";
import { toAtomFeed } from "@/lib/feeds/to-atom-feed";
import { readSearchParams } from "@/lib/url/read-search-params";
import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import { loadFeed } from "../load-feed";

export const dynamic = "force-dynamic";

/** GET /feed.xml[?cat=&arena=&sc=&source=&open=&lic=&org=]: Atom feed of one gap view's events. */
export function GET(req: NextRequest) {
  const { raw } = readSearchParams(req.nextUrl.searchParams);
  const { feed, issues } = loadFeed(raw);
  if (issues.length)
    return Response.json(
      { error: "Invalid parameters", issues: summariseParamIssues(issues) },
      { status: 400 },
    );
  return new Response(toAtomFeed(feed), {
    headers: {
      "content-type": "application/atom+xml; charset=utf-8",
      "cache-control": "public, max-age=300",
    },
  });
}

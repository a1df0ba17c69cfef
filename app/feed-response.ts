import type { NextRequest } from "next/server";
import { readSearchParams } from "@/lib/url/read-search-params";
import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import type { FeedDocument } from "@/lib/feeds/feed-types";
import { loadFeed } from "./load-feed";

/** One gap view's feed in one format: 400 naming each bad key, else the rendered feed. */
export function respondWithFeed(
  req: NextRequest,
  render: (feed: FeedDocument) => string,
  contentType: string,
): Response {
  const { raw } = readSearchParams(req.nextUrl.searchParams);
  const { feed, issues } = loadFeed(raw);
  if (issues.length)
    return Response.json(
      { error: "Invalid parameters", issues: summariseParamIssues(issues) },
      { status: 400 },
    );
  return new Response(render(feed), {
    headers: { "content-type": contentType },
  });
}

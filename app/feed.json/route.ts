import { type NextRequest } from "next/server";
import { toJsonFeed } from "@/lib/feeds/to-json-feed";
import { respondWithFeed } from "../feed-response";

export const dynamic = "force-dynamic";

/** GET /feed.json[?view keys]: the same events as /feed.xml, as a JSON Feed 1.1. */
export function GET(req: NextRequest) {
  return respondWithFeed(
    req,
    (feed) => JSON.stringify(toJsonFeed(feed), null, 2),
    "application/feed+json; charset=utf-8",
  );
}

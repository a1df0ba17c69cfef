import { type NextRequest } from "next/server";
import { toAtomFeed } from "@/lib/feeds/to-atom-feed";
import { respondWithFeed } from "../feed-response";

export const dynamic = "force-dynamic";

/** GET /feed.xml[?cat=&arena=&sc=&source=&open=&lic=&org=]: Atom feed of one gap view's events. */
export function GET(req: NextRequest) {
  return respondWithFeed(req, toAtomFeed, "application/atom+xml; charset=utf-8");
}

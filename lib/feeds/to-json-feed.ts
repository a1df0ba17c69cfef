import type { FeedDocument } from "./feed-types";

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) of the feed. */
export function toJsonFeed(f: FeedDocument) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: f.title,
    description: f.description,
    home_page_url: f.htmlUrl,
    feed_url: f.jsonUrl,
    authors: [{ name: "OpenGap" }],
    items: f.entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_text: e.summary,
      date_published: e.published,
      tags: [e.category],
      _opengap: e.data,
    })),
  };
}

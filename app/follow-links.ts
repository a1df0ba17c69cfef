import type { Metadata } from "next";
import { toAbsoluteUrl } from "@/lib/url/to-absolute-url";

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

/** `<link rel="alternate" type="application/json+oembed">` for a page that can be embedded. */
export function oEmbedLink(path: string, title: string): AlternateTypes {
  const url = `/api/oembed?url=${encodeURIComponent(toAbsoluteUrl(path))}&format=json`;
  return { "application/json+oembed": [{ url, title }] };
}

/** The gap view's feeds (Atom, JSON Feed) and oEmbed as `<link rel="alternate">`s in its head. */
export function followLinks(query: string, title: string): AlternateTypes {
  return {
    "application/atom+xml": [{ url: `/feed.xml${query}`, title: `${title} (Atom)` }],
    "application/feed+json": [{ url: `/feed.json${query}`, title: `${title} (JSON Feed)` }],
    ...oEmbedLink(`/${query}`, title),
  };
}

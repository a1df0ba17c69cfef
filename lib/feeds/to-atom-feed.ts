import type { FeedDocument } from "./feed-types";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
// XML 1.0 forbids most control characters even escaped: drop them rather than emit a broken feed.
const escapeXml = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** An Atom 1.0 document (RFC 4287) of the feed. */
export function toAtomFeed(f: FeedDocument): string {
  const entries = f.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <published>${e.published}</published>
    <updated>${e.published}</updated>
    <category term="${escapeXml(e.category)}"/>
    <summary type="text">${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(f.atomUrl)}</id>
  <title>${escapeXml(f.title)}</title>
  <subtitle>${escapeXml(f.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(f.atomUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(f.htmlUrl)}"/>
  <link rel="alternate" type="application/feed+json" href="${escapeXml(f.jsonUrl)}"/>
  <updated>${f.updated}</updated>
  <author><name>OpenGap</name></author>
  <generator>OpenGap</generator>
${entries.join("\n")}
</feed>
`;
}

import "server-only";
import { getDataVersion } from "@/db/queries/data-version";
import { normalizeQuery } from "@/lib/http/normalize-query";

// A card is a pure function of the data and its address, and rasterising one costs tens of
// milliseconds of CPU: each is drawn once per data version and address, then served from memory.
// Concurrent first requests share one render (the promise is stored, not the bytes).
const MAX_ENTRIES = 64;
const cards = new Map<string, { version: number; png: Promise<ArrayBuffer> }>();

export async function renderOnce(url: URL, render: () => Response): Promise<Response> {
  const key = `${url.pathname}${normalizeQuery(url.search)}`;
  const version = getDataVersion();
  const hit = cards.get(key);
  let origin: "memory" | "rendered" = "memory";
  let png = hit?.version === version ? hit.png : null;
  if (!png) {
    origin = "rendered";
    png = render().arrayBuffer();
    // Oldest first: drop the least recently stored once full.
    if (cards.size >= MAX_ENTRIES) cards.delete(cards.keys().next().value ?? "");
    cards.set(key, { version, png });
    png.catch(() => cards.delete(key));
  } else {
    // Refresh its place so a popular card is not the one dropped.
    cards.delete(key);
    cards.set(key, { version, png });
  }
  return new Response(await png, {
    headers: { "content-type": "image/png", "x-opengap-card": origin },
  });
}

/**
 * How a GET answer may be cached. Pages and data APIs change only when an ingest commits, so a
 * shared cache may keep them briefly and revalidate with the ETag; surfaces that show live state
 * (ingest runs, admin) or answer per client never enter a cache.
 */
export type CacheKind = "shared" | "private" | "none";

const UNCACHED_PREFIXES = ["/status", "/api/admin", "/api/status"];

// Requests the client router makes for React Server Component payloads vary by router state;
// they are revalidated by the browser only, never kept by a shared cache.
const RSC_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];

export function cacheKindFor(method: string, pathname: string, headers: Headers): CacheKind {
  if (method !== "GET" && method !== "HEAD") return "none";
  if (UNCACHED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return "none";
  if (RSC_HEADERS.some((h) => headers.has(h))) return "private";
  return "shared";
}

/** The request headers besides the URL that change the answer, for the validator. */
export function varyingRequestHeaders(headers: Headers): string {
  return RSC_HEADERS.map((h) => `${h}=${headers.get(h) ?? ""}`).join("\n");
}

// Browsers revalidate every time (a 304 costs no render); a shared cache such as nginx serves
// its copy for a second, then revalidates, so an ingest shows through within about a second.
export const CACHE_CONTROL: Record<Exclude<CacheKind, "none">, string> = {
  shared: "public, max-age=0, s-maxage=1, stale-while-revalidate=30",
  private: "private, no-cache",
};
export const NO_STORE = "private, no-store";

/** RFC 9110 weak comparison of If-None-Match against the current validator. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  const want = strip(etag);
  return header.split(",").some((t) => strip(t) === want);
}

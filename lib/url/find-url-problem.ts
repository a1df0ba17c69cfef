/** No link the app writes comes near this; a longer query is hostile or broken. */
export const MAX_QUERY_BYTES = 8 * 1024;

export interface UrlProblem {
  status: 400 | 414;
  /** Plain text for the person who followed the link. */
  message: string;
}

/** What makes an address unanswerable before any page runs, or null when it is fine. */
export function findUrlProblem(url: { pathname: string; search: string }): UrlProblem | null {
  // Measured decoded: Next.js hands the proxy a re-encoded query (a comma arrives as %2C).
  const decoded = [...new URLSearchParams(url.search)].map(([k, v]) => `${k}=${v}`).join("&");
  const queryBytes = new TextEncoder().encode(decoded).length;
  if (queryBytes > MAX_QUERY_BYTES) {
    return {
      status: 414,
      message: `URI too long: this link's parameters come to ${queryBytes.toLocaleString("en")} bytes, and OpenGap reads at most ${MAX_QUERY_BYTES / 1024} KB of them. Shorten the link, or start again at /.`,
    };
  }
  // A hand-typed "%" in a model path makes Next's own decoding fail with a 500 before the page runs.
  if (url.pathname.startsWith("/models")) {
    try {
      decodeURIComponent(url.pathname);
    } catch {
      return {
        status: 400,
        message:
          "Bad request: the address has a broken percent-encoding (a stray %). Check the link, or start again at /.",
      };
    }
  }
  return null;
}

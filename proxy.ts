import { NextResponse, type NextRequest } from "next/server";
import { validateRequest } from "@/db/response-validator";
import { matchesIfNoneMatch, NO_STORE } from "@/lib/http/cache-policy";
import { buildSecurityHeaders } from "@/lib/security/build-security-headers";
import { getSettings } from "@/lib/settings";
import { findUrlProblem } from "@/lib/url/find-url-problem";
import { REQUEST_PATH_HEADER } from "@/lib/url/request-path";

// Runs before every page and API answer: refuses unanswerable addresses in plain words, answers
// 304 when the client's copy is still current (no render at all), and otherwise sets the cache
// validator and the security headers with a fresh CSP nonce that Next.js puts on its scripts.
export function proxy(req: NextRequest) {
  const problem = findUrlProblem(req.nextUrl);
  const validator = problem ? null : validateRequest(req.method, req.nextUrl, req.headers);
  if (validator && matchesIfNoneMatch(req.headers.get("if-none-match"), validator.etag)) {
    // A 304 carries no body, so no new nonce or CSP: the cached copy keeps the pair it came with.
    return new NextResponse(null, {
      status: 304,
      headers: { etag: validator.etag, "cache-control": validator.cacheControl },
    });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const headers = buildSecurityHeaders({
    pathname: req.nextUrl.pathname,
    nonce,
    publicOrigin: getSettings().OPENGAP_PUBLIC_ORIGIN,
    dev: process.env.NODE_ENV === "development",
  });
  const res = problem
    ? new NextResponse(problem.message, {
        status: problem.status,
        headers: { "content-type": "text/plain; charset=utf-8" },
      })
    : NextResponse.next({
        request: { headers: withNonce(req.headers, nonce, headers, req.nextUrl.pathname) },
      });
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  if (validator) res.headers.set("etag", validator.etag);
  res.headers.set("cache-control", validator?.cacheControl ?? NO_STORE);
  return res;
}

/**
 * Next.js reads the nonce from the request's CSP header while rendering. The path goes along
 * too: a not-found page gets no route params, and needs to know what was asked for.
 */
function withNonce(
  incoming: Headers,
  nonce: string,
  security: Record<string, string>,
  pathname: string,
): Headers {
  const headers = new Headers(incoming);
  headers.set("x-nonce", nonce);
  headers.set(REQUEST_PATH_HEADER, pathname);
  headers.set("content-security-policy", security["content-security-policy"] ?? "");
  return headers;
}

// Everything but build assets, which are immutable files Next serves itself.
export const config = { matcher: "/((?!_next/static|_next/image|favicon.ico).*)" };

/**
 * The embed allow-list: path prefixes other sites may frame (`frame-ancestors *`, no
 * X-Frame-Options). Every other page refuses to be framed, against clickjacking.
 */
export const EMBEDDABLE_PATH_PREFIXES: readonly string[] = ["/embed/"];

export interface SecurityHeaderInput {
  pathname: string;
  /** Fresh per request; Next.js reads it back from the request's CSP and puts it on its scripts. */
  nonce: string;
  /** OPENGAP_PUBLIC_ORIGIN: HSTS and upgrade-insecure-requests only when it is https. */
  publicOrigin: string;
  /** `next dev`: React rebuilds server error stacks with eval. */
  dev?: boolean;
  embeddablePrefixes?: readonly string[];
}

/** The response headers of every page and API answer, keyed in lower case. */
export function buildSecurityHeaders(input: SecurityHeaderInput): Record<string, string> {
  const https = input.publicOrigin.startsWith("https:");
  const prefixes = input.embeddablePrefixes ?? EMBEDDABLE_PATH_PREFIXES;
  const embeddable = prefixes.some((p) => input.pathname.startsWith(p));
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${input.nonce}' 'strict-dynamic'${input.dev ? " 'unsafe-eval'" : ""}`,
    // Server-rendered style="" attributes (bar widths, series colours) and the no-JS <style> of
    // the compare picker cannot carry a nonce, and a nonce here would switch 'unsafe-inline' off.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? "*" : "'none'"}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    ...(embeddable ? {} : { "x-frame-options": "DENY" }),
    ...(https ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** The public URL of a path as the visitor reached it (proxies set x-forwarded-*), for citations and cards. */
export function toAbsoluteUrl(headers: { get(name: string): string | null }, path: string): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ??
    (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
  return `${proto}://${host}${path}`;
}

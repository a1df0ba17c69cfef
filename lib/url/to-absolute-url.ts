import { getSettings } from "../settings";

type AnyHeaders = { get(name: string): string | null };

/**
 * The public URL of a site path (og:image, citations), from OPENGAP_PUBLIC_ORIGIN. Never from the
 * request: Host and X-Forwarded-* are whatever the client sent, and a cached page or a shared
 * card would then point at the client's choice of host.
 */
export function toAbsoluteUrl(path: string, origin?: string): string;
/** @deprecated The headers are ignored; call `toAbsoluteUrl(path)`. */
export function toAbsoluteUrl(ignoredHeaders: AnyHeaders, path: string): string;
export function toAbsoluteUrl(a: string | AnyHeaders, b?: string): string {
  const [path, origin] = typeof a === "string" ? [a, b] : [b ?? "/", undefined];
  if (!path.startsWith("/") || path.startsWith("//")) {
    throw new Error(`toAbsoluteUrl takes a site path starting with one "/", got "${path}"`);
  }
  return `${origin ?? getSettings().OPENGAP_PUBLIC_ORIGIN}${path}`;
}

/** Set by proxy.ts on every request it passes on (any incoming value is replaced). */
export const REQUEST_PATH_HEADER = "x-opengap-path";

/** The last segment of a path, percent-decoded where that is valid ("/models/gpt%204" → "gpt 4"). */
export function lastPathSegment(pathname: string): string {
  const raw = pathname.split("/").filter(Boolean).at(-1) ?? "";
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

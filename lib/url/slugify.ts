/** URL-safe slug for free-text values (licences, organisations): "Apache 2.0" → "apache-2-0". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

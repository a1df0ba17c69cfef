import { CATEGORY_LABELS } from "@/lib/ingest/normalize-category";

export const ARENA_LABELS: Record<string, string> = {
  text: "Text arena",
  code: "Code arena (web dev)",
  webdev: "WebDev arena",
  vision: "Vision arena",
};

export function categoryLabel(slug: string): string {
  const plain = slug.replace(/-/g, " ");
  return CATEGORY_LABELS[slug] ?? plain.charAt(0).toUpperCase() + plain.slice(1);
}

/** Overall first, then the rest alphabetically by label, so a long list is easy to scan. */
export function orderCategories<T extends { slug: string }>(categories: readonly T[]): T[] {
  return [...categories].sort((a, b) =>
    a.slug === "overall"
      ? -1
      : b.slug === "overall"
        ? 1
        : categoryLabel(a.slug).localeCompare(categoryLabel(b.slug)),
  );
}

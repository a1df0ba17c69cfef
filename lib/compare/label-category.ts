import { CATEGORY_LABELS } from "@/lib/ingest/normalize-category";

/** "hard-prompts" → "Hard prompts"; languages and other slugs read as words. */
export function labelCategory(slug: string): string {
  const known = CATEGORY_LABELS[slug];
  if (known) return known;
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

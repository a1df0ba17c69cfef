import type { ModelOption } from "@/lib/models/suggest-models";

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, " ")
    .trim();

/**
 * The picker's matches for what the user typed: every word must occur in the name, slug or
 * organisation; names starting with the query come first, then shorter (more specific) names.
 */
export function filterModelOptions<T extends ModelOption>(
  query: string,
  options: readonly T[],
  exclude: ReadonlySet<string>,
  limit = 8,
): T[] {
  const words = norm(query).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const q = norm(query);
  const scored: { o: T; score: number }[] = [];
  for (const o of options) {
    if (exclude.has(o.slug)) continue;
    const name = norm(o.name);
    const hay = `${name} ${norm(o.slug)} ${norm(o.organization ?? "")}`;
    if (!words.every((w) => hay.includes(w))) continue;
    const starts = name.startsWith(q) || norm(o.slug).startsWith(q) ? 0 : 1;
    scored.push({ o, score: starts * 1000 + name.length });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.o.name.localeCompare(b.o.name))
    .slice(0, limit)
    .map((s) => s.o);
}

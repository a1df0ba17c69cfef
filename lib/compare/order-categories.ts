/** The leaderboards' headline categories, in the order LMArena lists them; the rest follow A–Z. */
export const CORE_CATEGORIES = [
  "overall",
  "coding",
  "math",
  "hard-prompts",
  "creative-writing",
  "instruction-following",
  "multi-turn",
  "longer-query",
] as const;

/** Sorts category slugs: core categories first in their fixed order, then alphabetically. */
export function orderCategories(categories: Iterable<string>): string[] {
  const core = CORE_CATEGORIES as readonly string[];
  const at = (c: string) => (core.includes(c) ? core.indexOf(c) : core.length);
  return [...new Set(categories)].sort((a, b) => at(a) - at(b) || a.localeCompare(b));
}

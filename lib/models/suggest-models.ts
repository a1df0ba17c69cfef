export interface ModelOption {
  slug: string;
  name: string;
  organization: string | null;
}

const bigrams = (s: string) => {
  const clean = s.toLowerCase().replace(/[^a-z0-9]+/g, "");
  const grams = new Map<string, number>();
  for (let i = 0; i < clean.length - 1; i++) {
    const g = clean.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
};

/** Dice coefficient of character bigrams: tolerant of typos, reordering and missing dashes. */
function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [g, n] of a) {
    shared += Math.min(n, b.get(g) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Models whose slug or name resembles a mistyped or outdated slug, best match first. */
export function suggestModels<T extends ModelOption>(
  query: string,
  options: readonly T[],
  limit = 5,
  threshold = 0.45,
): T[] {
  const q = bigrams(query);
  if (q.size === 0) return [];
  return options
    .map((o) => ({
      o,
      score: Math.max(similarity(q, bigrams(o.slug)), similarity(q, bigrams(o.name))),
    }))
    .filter((s) => s.score >= threshold)
    .sort((a, b) => b.score - a.score || a.o.slug.localeCompare(b.o.slug))
    .slice(0, limit)
    .map((s) => s.o);
}

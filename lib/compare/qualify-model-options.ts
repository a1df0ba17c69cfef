import type { ModelOption } from "@/lib/models/suggest-models";

/** Case, spaces, dashes and dots do not tell two models apart for a reader. */
const nameKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * Each model once (by slug), and where two models read alike, a qualifier a person can see:
 * the organisation when they differ, else the date each was first available, else the slug.
 * Picker rows used to repeat a name when one model sat in the table under several spellings.
 */
export function qualifyModelOptions<T extends ModelOption & { since: string | null }>(
  options: readonly T[],
): (T & { qualifier: string | null })[] {
  const unique = [...new Map(options.map((o) => [o.slug, o])).values()];
  const groups = new Map<string, T[]>();
  for (const o of unique) groups.set(nameKey(o.name), [...(groups.get(nameKey(o.name)) ?? []), o]);
  return unique.map((o) => {
    const twins = groups.get(nameKey(o.name)) ?? [];
    if (twins.length < 2) return { ...o, qualifier: null };
    const distinct = (pick: (x: T) => string | null) =>
      new Set(twins.map(pick)).size === twins.length && pick(o) !== null;
    const org = (x: T) => x.organization?.toLowerCase() ?? null;
    const qualifier = distinct(org)
      ? o.organization
      : distinct((x) => x.since)
        ? `since ${o.since}`
        : o.slug;
    return { ...o, qualifier };
  });
}

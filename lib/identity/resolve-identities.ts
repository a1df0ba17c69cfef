import { ALIAS_OVERRIDES, TIME_SPLITS, type TimeSplit } from "./model-overrides";
import { toModelSlug } from "./to-model-slug";

/** What the identity rules need from one stored fact (lib/ingest/types.ts ModelFact). */
export interface IdentityFact {
  source: string;
  /** Catalogs attach facts to models; only leaderboards' own keys define identity. */
  isCatalog: boolean;
  priority: number;
  name: string;
  aliases: readonly string[];
  firstSeenOn: string;
}

/** The model a name meant on `date`, given its periods (oldest first). */
export function modelOnDate(periods: readonly Period[], date: string): string | undefined {
  return periods.findLast((p) => p.from <= date)?.model ?? periods[0]?.model;
}

/** From `from` on (inclusive), ratings published under the name belong to `model`. */
export interface Period {
  from: string;
  model: string;
}

export interface Identities {
  /** Every name slug seen (in facts or ratings) → the slug of the model it is now. */
  modelOf: Map<string, string>;
  /**
   * Display names that meant different models over time (LMArena moved "Claude 3.5 Sonnet"
   * from the June to the October model): each key's claim holds from the first date the source
   * paired them. Ratings before the first period belong to the first period's model.
   */
  periods: Map<string, Period[]>;
}

interface Claim {
  key: string;
  seen: string;
  priority: number;
}

/**
 * Decides which model every published name is, from the whole set of facts at once, so the
 * answer never depends on the order sources were ingested in. Rules, in order: a reviewed
 * override; a leaderboard key is its own model; a display name shown next to a key belongs to
 * that key from the date they were first paired (a name that is itself a key is never claimed);
 * a catalog entry joins the model its first known name resolves to; anything else is itself.
 */
export function resolveIdentities(
  facts: readonly IdentityFact[],
  ratedNames: Iterable<string>,
  overrides: Readonly<Record<string, string>> = ALIAS_OVERRIDES,
  splits: readonly TimeSplit[] = TIME_SPLITS,
): Identities {
  const canon = (slug: string): string => {
    let s = slug;
    for (let hops = 0; hops < 10 && overrides[s] !== undefined; hops++) s = overrides[s] ?? s;
    return s;
  };
  const boards = facts.filter((f) => !f.isCatalog);
  const keys = new Set(
    boards.filter((f) => f.aliases.length > 0).map((f) => canon(toModelSlug(f.name))),
  );
  const claims = new Map<string, Claim[]>();
  for (const f of boards) {
    if (f.aliases.length === 0) continue;
    const key = canon(toModelSlug(f.name));
    for (const alias of f.aliases) {
      const slug = toModelSlug(alias);
      if (overrides[slug] !== undefined || slug === key || keys.has(slug)) continue;
      claims.set(slug, [
        ...(claims.get(slug) ?? []),
        { key, seen: f.firstSeenOn, priority: f.priority },
      ]);
    }
  }
  const periods = new Map<string, Period[]>();
  const claimed = new Map<string, string>();
  for (const [slug, list] of claims) {
    const firstByKey = new Map<string, Claim>();
    for (const c of list) {
      const seen = firstByKey.get(c.key);
      if (!seen || c.seen < seen.seen || (c.seen === seen.seen && c.priority < seen.priority))
        firstByKey.set(c.key, c);
    }
    const ordered = [...firstByKey.values()].toSorted(
      (a, b) =>
        a.seen.localeCompare(b.seen) || a.priority - b.priority || a.key.localeCompare(b.key),
    );
    claimed.set(slug, ordered.at(-1)?.key ?? slug);
    if (ordered.length > 1)
      periods.set(
        slug,
        ordered.map((c) => ({ from: c.seen, model: canon(c.key) })),
      );
  }
  const resolve = (slug: string): string => {
    if (overrides[slug] !== undefined) return canon(slug);
    return keys.has(slug) ? slug : canon(claimed.get(slug) ?? slug);
  };

  const modelOf = new Map<string, string>();
  const known = new Set<string>(ratedNames);
  for (const f of boards) for (const n of [f.name, ...f.aliases]) known.add(toModelSlug(n));
  for (const slug of known) modelOf.set(slug, resolve(slug));
  // Reviewed splits: one key that stood for two models, told apart by date.
  for (const split of splits) {
    if (!known.has(split.name)) continue;
    const later = resolve(split.name);
    periods.set(split.name, [
      { from: "0000-00-00", model: split.model },
      { from: split.before, model: later },
    ]);
  }
  // Catalogs last, in a fixed order: an entry joins the first of its names a leaderboard knows.
  const catalog = facts
    .filter((f) => f.isCatalog)
    .toSorted((a, b) => a.source.localeCompare(b.source) || a.name.localeCompare(b.name));
  for (const f of catalog) {
    const slugs = [f.name, ...f.aliases].map(toModelSlug);
    const anchor = slugs.find((s) => known.has(s)) ?? slugs[0] ?? "";
    const target = resolve(anchor);
    for (const s of slugs) if (!known.has(s) && !modelOf.has(s)) modelOf.set(s, target);
  }
  return { modelOf, periods };
}

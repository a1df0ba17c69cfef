import type { LicenceClass } from "@/lib/domain";
import { slugify } from "@/lib/url/slugify";
import type { BoardEntry } from "./types";

export interface EntryFilter {
  /** Part of the model name, any case. */
  q: string;
  /** Licence classes to keep (empty = all). */
  cls: readonly LicenceClass[];
  /** Licence slugs to keep (empty = all); "Apache 2.0" and "Apache-2.0" share one slug. */
  lic: readonly string[];
  /** Organisation slugs to keep (empty = all). */
  org: readonly string[];
}

export function hasActiveFilter(f: EntryFilter): boolean {
  return Boolean(f.q.trim() || f.cls.length || f.lic.length || f.org.length);
}

/** Keeps entries that match every active filter (each filter is a list of alternatives). */
export function filterEntries<T extends BoardEntry>(entries: readonly T[], f: EntryFilter): T[] {
  const q = f.q.trim().toLowerCase();
  return entries.filter(
    (e) =>
      (!q || e.name.toLowerCase().includes(q) || e.slug.includes(q)) &&
      (f.cls.length === 0 || f.cls.includes(e.licenceClass)) &&
      (f.lic.length === 0 || (e.licence !== null && f.lic.includes(slugify(e.licence)))) &&
      (f.org.length === 0 || (e.organization !== null && f.org.includes(slugify(e.organization)))),
  );
}

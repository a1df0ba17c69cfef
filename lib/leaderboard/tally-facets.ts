import type { LicenceClass } from "@/lib/domain";
import { slugify } from "@/lib/url/slugify";
import type { BoardEntry } from "./types";

export interface FacetCount {
  slug: string;
  label: string;
  count: number;
}

export interface BoardFacets {
  licences: (FacetCount & { licenceClass: LicenceClass })[];
  organizations: FacetCount[];
  classes: Record<LicenceClass, number>;
}

/** What the filter menus offer for one board: each licence and organisation with its model count. */
export function tallyFacets(entries: readonly BoardEntry[]): BoardFacets {
  const licences = new Map<string, FacetCount & { licenceClass: LicenceClass }>();
  const organizations = new Map<string, FacetCount>();
  const classes: Record<LicenceClass, number> = {
    proprietary: 0,
    "open-restricted": 0,
    "open-osi": 0,
    "non-commercial": 0,
    unknown: 0,
  };
  for (const e of entries) {
    classes[e.licenceClass] += 1;
    if (e.licence) bump(licences, e.licence, { licenceClass: e.licenceClass });
    if (e.organization) bump(organizations, e.organization, {});
  }
  const ordered = <T extends FacetCount>(m: Map<string, T>) =>
    [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { licences: ordered(licences), organizations: ordered(organizations), classes };
}

function bump<T extends FacetCount>(
  map: Map<string, T>,
  label: string,
  extra: Omit<T, keyof FacetCount>,
): void {
  const slug = slugify(label);
  const hit = map.get(slug);
  if (hit) hit.count += 1;
  else map.set(slug, { slug, label, count: 1, ...extra } as T);
}

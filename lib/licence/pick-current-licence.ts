import type { LicenceClass } from "@/lib/domain";

export interface LicenceStatement {
  source: string;
  licence: string;
  licenceClass: LicenceClass;
  firstSeenOn: string;
  priority: number;
  isCatalog: boolean;
}

export interface CurrentLicence {
  licence: string | null;
  licenceClass: LicenceClass;
  /** Specific statements that disagree on the class, as "label (source)". */
  conflicts: string[];
}

// Labels that only say which side a model is on ("open": arena.ai's normalisation of every
// non-proprietary label) tell less than a named licence, so they never override one; a bare
// "Non-commercial" says more than "open" and less than "CC-BY-NC-4.0".
const ONLY_OPEN = /^(open|open[- ]weights?)$/i;
const ONLY_NON_COMMERCIAL = /^non[- ]?commercial$/i;

/**
 * 0: says nothing; 1: only "open"; 2: only "non-commercial"; 3: a named licence, or
 * "Proprietary" from a leaderboard.
 */
export function licenceSpecificity(
  s: Pick<LicenceStatement, "licence" | "licenceClass" | "isCatalog">,
): number {
  const label = s.licence.trim();
  if (s.licenceClass === "unknown") return 0;
  // A catalog's "Proprietary"/"Open weights" is derived from its open_weights flag.
  if (ONLY_OPEN.test(label) || (s.isCatalog && /^(proprietary|open weights)$/i.test(label)))
    return 1;
  if (ONLY_NON_COMMERCIAL.test(label)) return 2;
  return 3;
}

/**
 * The licence that stands: the most specific statement wins whatever its date; among equally
 * specific ones a leaderboard beats a catalog, then the newest, then the preferred source.
 */
export function pickCurrentLicence(statements: readonly LicenceStatement[]): CurrentLicence {
  const ranked = statements
    .map((s) => ({ s, level: licenceSpecificity(s) }))
    .toSorted(
      (a, b) =>
        b.level - a.level ||
        Number(a.s.isCatalog) - Number(b.s.isCatalog) ||
        b.s.firstSeenOn.localeCompare(a.s.firstSeenOn) ||
        a.s.priority - b.s.priority ||
        a.s.licence.localeCompare(b.s.licence),
    );
  const top = ranked[0];
  const specific = ranked.filter((r) => r.level === 3).map((r) => r.s);
  const classes = new Set(specific.map((s) => s.licenceClass));
  return {
    licence: top?.s.licence ?? null,
    licenceClass: top && top.level > 0 ? top.s.licenceClass : "unknown",
    conflicts: classes.size > 1 ? groupBySource(specific) : [],
  };
}

/** "CC-BY-NC-4.0 (lmarena-dataset, lmsys-hf-tables)": one entry per label, its sources listed. */
function groupBySource(statements: readonly LicenceStatement[]): string[] {
  const byLabel = new Map<string, Set<string>>();
  for (const s of statements)
    byLabel.set(s.licence, (byLabel.get(s.licence) ?? new Set()).add(s.source));
  return [...byLabel]
    .map(([label, sources]) => `${label} (${[...sources].sort().join(", ")})`)
    .sort();
}

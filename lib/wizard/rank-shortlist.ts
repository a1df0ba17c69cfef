import { CHECK_IDS, type CheckId, type RouteResult } from "./evaluate-candidate";
import type { TaskBoardRating } from "./rate-on-boards";
import type { ModelProfile } from "./types";

export interface Candidate {
  profile: ModelProfile;
  ratings: TaskBoardRating[];
  /** Mean points behind the best over the chosen boards (lower is better). */
  qualityScore: number;
  routes: RouteResult[];
}

export interface ShortlistEntry {
  rank: number;
  candidate: Candidate;
  route: RouteResult;
  why: string[];
  /** Added below the top five so both kinds of model are always shown when any qualifies. */
  addedAs: "best open-weight" | "best proprietary" | null;
}

export interface Relaxation {
  check: CheckId;
  /** Options that fail this requirement (and maybe others). */
  failing: number;
  /** The top options if only this requirement were dropped. */
  top: { name: string; route: RouteResult["route"] }[];
  count: number;
}

export const SHORTLIST_SIZE = 5;
/** Shortlist places one family (organisation) may take, so five variants of one model never fill it. */
export const MAX_PER_FAMILY = 2;

/** A model's family for variety: its organisation, else the first word of its name. */
export const familyOf = (c: Candidate) =>
  (c.profile.organization ?? c.profile.name.split(/[\s-]/)[0] ?? "").toLowerCase();

/** Every option that meets the requirements, in rank order (the "show all" list). */
export interface RankedOption {
  rank: number;
  candidate: Candidate;
  route: RouteResult;
}

/** The route a model is recommended with: cheapest that passes, else the one failing least. */
export function pickRoute(c: Candidate, ignore: CheckId | null = null): RouteResult | null {
  const passing = c.routes.filter((r) => r.failed.every((f) => f === ignore));
  if (!passing.length) return null;
  return passing.reduce((best, r) =>
    (r.monthlyCost ?? Infinity) < (best.monthlyCost ?? Infinity) ? r : best,
  );
}

const usd = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
// Whole rating points, as shown: options the reader sees as equally close are ordered by cost.
const points = (c: Candidate) => Math.round(c.qualityScore);
const compare = (a: [Candidate, RouteResult], b: [Candidate, RouteResult]) =>
  points(a[0]) - points(b[0]) ||
  (a[1].monthlyCost ?? Infinity) - (b[1].monthlyCost ?? Infinity) ||
  a[0].profile.name.localeCompare(b[0].profile.name);

function rankPassing(candidates: Candidate[], ignore: CheckId | null) {
  return candidates
    .map((c) => [c, pickRoute(c, ignore)] as const)
    .filter((x): x is [Candidate, RouteResult] => x[1] !== null)
    .sort(compare);
}

/** Ranked by closeness to the best on the chosen boards, then by monthly cost. */
export function rankShortlist(candidates: Candidate[]): {
  entries: ShortlistEntry[];
  passing: number;
  all: RankedOption[];
  /** Families that reached MAX_PER_FAMILY, so lower-ranked models of theirs were passed over. */
  capped: string[];
} {
  const ranked = rankPassing(candidates, null);
  const perFamily = new Map<string, number>();
  const varied = ranked.filter((x) => {
    const n = perFamily.get(familyOf(x[0])) ?? 0;
    perFamily.set(familyOf(x[0]), n + 1);
    return n < MAX_PER_FAMILY;
  });
  // Few families: fill the remaining places in rank order rather than show fewer.
  const picked = [...varied, ...ranked.filter((x) => !varied.includes(x))].slice(0, SHORTLIST_SIZE);
  picked.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
  const capped = [...perFamily].filter(([, n]) => n > MAX_PER_FAMILY).map(([f]) => f);
  const chosen = picked.map((x) => ({ x, addedAs: null as ShortlistEntry["addedAs"] }));
  const isOpen = (c: Candidate) => c.profile.openWeights;
  for (const [label, test] of [
    ["best open-weight", isOpen],
    ["best proprietary", (c: Candidate) => !isOpen(c)],
  ] as const) {
    if (chosen.some(({ x }) => test(x[0]))) continue;
    const extra = ranked.find((x) => test(x[0]));
    if (extra) chosen.push({ x: extra, addedAs: label });
  }
  const first = chosen[0]?.x;
  const entries = chosen.map(({ x: [candidate, route], addedAs }) => {
    const rank = ranked.findIndex((r) => r[0] === candidate) + 1;
    const above = ranked[rank - 2];
    const why = explainRank(rank, candidate, route, first, above, ranked.length);
    return { rank, candidate, route, addedAs, why };
  });
  const all = ranked.map(([candidate, route], i) => ({ rank: i + 1, candidate, route }));
  const skipped = ranked
    .slice(0, ranked.indexOf(picked.at(-1) ?? ranked[0]!) + 1)
    .filter((x) => !picked.includes(x));
  return {
    entries,
    passing: ranked.length,
    all,
    capped: capped.filter((f) => skipped.some((x) => familyOf(x[0]) === f)),
  };
}

function explainRank(
  rank: number,
  c: Candidate,
  route: RouteResult,
  first: [Candidate, RouteResult] | undefined,
  above: [Candidate, RouteResult] | undefined,
  total: number,
): string[] {
  const why: string[] = [];
  const where =
    c.ratings.length === 1 ? `on ${c.ratings[0]!.label}` : "on average over the chosen boards";
  if (rank === 1 || !first) {
    why.push(
      points(c) === 0
        ? `Top-rated ${where} of the ${total} options that meet your requirements.`
        : `Closest to the best ${where} (${points(c)} points behind) of the ${total} options that meet your requirements.`,
    );
  } else if (above && points(above[0]) === points(c)) {
    const diff = (route.monthlyCost ?? Infinity) - (above[1].monthlyCost ?? Infinity);
    const because = !Number.isFinite(diff)
      ? "it has no known price"
      : diff >= 1
        ? `it costs ${usd(diff)} a month more`
        : "it costs the same and sorts after it by name";
    why.push(
      `As close to the best as #${rank - 1} (${points(c)} points behind ${where}); ranked after it because ${because}.`,
    );
  } else {
    why.push(
      `${plural(points(c) - points(first[0]), "point")} further behind the best than #1 (${points(c)} behind ${where}).`,
    );
    const [mine, theirs] = [route.monthlyCost, first[1].monthlyCost];
    if (mine != null && theirs != null && Math.abs(mine - theirs) >= 1)
      why.push(
        `Costs ${usd(Math.abs(theirs - mine))} a month ${mine < theirs ? "less" : "more"} than #1.`,
      );
  }
  if (route.route === "self" && route.serving?.owned && route.monthlyCost === 0)
    why.push("Runs on the GPUs you already have.");
  return why;
}

/** For each requirement that excludes anything: what the shortlist would be without it. */
export function computeRelaxations(candidates: Candidate[]): Relaxation[] {
  const active = new Set(candidates.flatMap((c) => c.routes.flatMap((r) => r.failed)));
  return CHECK_IDS.filter((id) => active.has(id))
    .map((check) => {
      const ranked = rankPassing(candidates, check);
      return {
        check,
        failing: candidates.filter((c) => c.routes.every((r) => r.failed.includes(check))).length,
        count: ranked.length,
        top: ranked.slice(0, 3).map(([c, r]) => ({ name: c.profile.name, route: r.route })),
      };
    })
    .sort((a, b) => b.count - a.count || b.failing - a.failing);
}

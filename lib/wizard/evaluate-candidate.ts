import type { WizardAnswers } from "./answers";
import { costRoute, type Route } from "./cost-route";
import type { Serving } from "./size-serving";
import type { Permission } from "./licence-terms";
import { checkQuality, type TaskBoardRating } from "./rate-on-boards";
import type { ModelProfile } from "./types";

export const CHECK_IDS = [
  "quality",
  "context",
  "privacy",
  "commercial",
  "derivatives",
  "osi",
  "budget",
  "hardware",
  "ops",
  "speed",
  "tput",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export type { Route };

export interface Check {
  id: CheckId;
  status: "pass" | "fail" | "unknown";
  reason: string;
}

export interface RouteResult {
  route: Route;
  checks: Check[];
  failed: CheckId[];
  /** Counted against the budget (owned GPUs count 0); null when the price is not on file. */
  monthlyCost: number | null;
  /** Rental value of the GPUs, shown even when they are owned. */
  rentalEquivalent: number | null;
  costDetail: string;
  serving: Serving | null;
}

const money = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;
const PERMISSION_REASON: Record<Permission, string> = {
  yes: "allowed",
  conditions: "allowed with conditions",
  no: "not allowed",
  unknown: "terms not on file",
};

/** Every requirement the answers set, checked for one model served one way. */
export function evaluateRoute(
  p: ModelProfile,
  route: Route,
  ratings: TaskBoardRating[],
  a: WizardAnswers,
): RouteResult {
  const checks: Check[] = [];
  const add = (id: CheckId, ok: boolean | null, reason: string) =>
    checks.push({ id, status: ok === null ? "unknown" : ok ? "pass" : "fail", reason });

  const q = checkQuality(ratings, a.quality, a.within);
  checks.push({ id: "quality", ...q });
  const ctx = a.assumptions.ctx;
  if (p.contextWindow == null) add("context", null, "Context window not on file");
  else
    add(
      "context",
      p.contextWindow >= ctx,
      `${fmtTokens(p.contextWindow)} window, ${fmtTokens(ctx)} needed`,
    );
  if (a.privacy)
    add(
      "privacy",
      route === "self",
      route === "self"
        ? "Self-hosted: prompts stay on hardware you control"
        : "Prompts are sent to the provider's API",
    );
  const t = p.licenceTerms;
  for (const need of ["commercial", "derivatives"] as const) {
    if (!a.licence.includes(need)) continue;
    const perm = t[need];
    add(need, perm === "yes" || perm === "conditions", `${t.name}: ${PERMISSION_REASON[perm]}`);
  }
  if (a.licence.includes("osi"))
    add("osi", t.osi, t.osi ? `${t.name} is OSI-approved` : `${t.name} is not OSI-approved`);

  const { serving, monthlyCost, rentalEquivalent, costDetail, hardware } = costRoute(p, route, a);
  if (hardware) add("hardware", hardware.ok, hardware.reason);
  if (a.budget != null)
    add(
      "budget",
      monthlyCost === null ? false : monthlyCost <= a.budget,
      monthlyCost === null
        ? "Cost unknown: price not on file"
        : `${money(monthlyCost)}/month of ${money(a.budget)}`,
    );
  if (a.ops === "api")
    add(
      "ops",
      route === "api",
      route === "api" ? "Managed API" : "Needs your team to run inference servers",
    );
  const speedFor = (
    target: number | null,
    id: "speed" | "tput",
    pick: "perRequest" | "aggregate",
  ) => {
    if (target == null) return;
    if (route === "api" || !serving?.speed)
      add(id, null, route === "api" ? "Provider-dependent: measure it" : "Not estimated");
    else {
      const v = serving.speed[pick];
      add(id, v >= target, `≈ ${Math.round(v)} tokens/s estimated, ${target} wanted`);
    }
  };
  speedFor(a.speed, "speed", "perRequest");
  speedFor(a.tput, "tput", "aggregate");
  const failed = checks.filter((c) => c.status === "fail").map((c) => c.id);
  return { route, checks, failed, monthlyCost, rentalEquivalent, costDetail, serving };
}

/** 131072 → "128K", 200000 → "200K", 1000000 → "1M". */
export function fmtTokens(n: number): string {
  if (n >= 1e6) return `${Number((n / (n % 1048576 === 0 ? 1048576 : 1e6)).toFixed(1))}M`;
  if (n >= 1000) return `${Math.round(n / (n % 1024 === 0 ? 1024 : 1000))}K`;
  return String(n);
}

import type { WizardAnswers } from "./answers";
import { costRoute, type Route } from "./cost-route";
import type { Serving } from "./size-serving";
import { estimateNeededThroughput } from "./estimate-needed-throughput";
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
  "volume",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export type { Route };

export interface Check {
  id: CheckId;
  /** `warn`: met, with a caveat the reason names (a tight fit, traffic that must stay even). */
  status: "pass" | "fail" | "unknown" | "warn";
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
  if (hardware)
    checks.push({
      id: "hardware",
      status: !hardware.ok ? "fail" : hardware.tight ? "warn" : "pass",
      reason: hardware.reason,
    });
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
  if (route === "self" && serving?.speed) checks.push(checkVolume(serving.speed.aggregate, a));
  const failed = checks.filter((c) => c.status === "fail").map((c) => c.id);
  return { route, checks, failed, monthlyCost, rentalEquivalent, costDetail, serving };
}

/** Whether one deployment of the plan decodes the monthly volume: evenly spread, or in office hours. */
function checkVolume(aggregate: number, a: WizardAnswers): Check {
  const need = estimateNeededThroughput(a.volumeM, a.assumptions.split);
  const tokS = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} tokens/s`;
  const base = `${a.volumeM}M tokens a month needs ≈ ${tokS(need.average)} of output on average, ${tokS(need.busy)} in working hours only; this plan gives ≈ ${tokS(aggregate)}`;
  if (aggregate >= need.busy) return { id: "volume", status: "pass", reason: base };
  if (aggregate >= need.average)
    return {
      id: "volume",
      status: "warn",
      reason: `${base}: enough only if traffic is spread over the whole day`,
    };
  const replicas = Math.ceil(need.average / aggregate);
  return {
    id: "volume",
    status: "fail",
    reason: `${base}: needs about ${replicas} copies of this deployment`,
  };
}

/** 131072 → "128K", 200000 → "200K", 1000000 → "1M". */
export function fmtTokens(n: number): string {
  if (n >= 1e6) return `${Number((n / (n % 1048576 === 0 ? 1048576 : 1e6)).toFixed(1))}M`;
  if (n >= 1000) return `${Math.round(n / (n % 1024 === 0 ? 1024 : 1000))}K`;
  return String(n);
}

import type { MonthsBehind } from "./types";

/** "5.0", "≥ 2.8", "under 1", "0"; and the range "3.0–8.0" where the open model has an interval. */
export function formatMonthsBehind(b: MonthsBehind | null): {
  value: string;
  range: string | null;
} {
  if (!b || b.monthsBehind === null) return { value: "—", range: null };
  if (b.openLeads) return { value: "0", range: null };
  if (b.newLeaderOnly) return { value: "under 1", range: null };
  const value = `${b.censored ? "≥ " : ""}${b.monthsBehind.toFixed(1)}`;
  const range =
    b.range && b.range[0] !== b.range[1]
      ? `${b.range[0].toFixed(1)}–${b.censored ? "≥ " : ""}${b.range[1].toFixed(1)}`
      : null;
  return { value, range };
}

/** One sentence on where the figure comes from, for cards, tooltips and exports. */
export function explainMonthsBehind(b: MonthsBehind | null, snapshotDate: string): string {
  if (!b || b.monthsBehind === null)
    return "Needs both an open and a proprietary model on this board.";
  if (b.openLeads)
    return "No proprietary model on this board rates as high as the best open model.";
  const by = b.reachedBy ?? "a proprietary model";
  const since =
    b.reachedBasis === "release" ? `released ${b.reachedOn}` : `first rated ${b.reachedOn}`;
  if (b.newLeaderOnly)
    return `Only ${by}, new on the ${snapshotDate} board, rates above the best open model.`;
  const censor = b.censored
    ? " (already rated when the history begins, so the lag may be longer)"
    : "";
  return `On this board, ${by} (${since}) is the first proprietary model to reach the best open model's rating${censor}.`;
}

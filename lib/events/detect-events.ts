import type { GapPoint, RatedModel } from "@/lib/gap/types";
import type { DetectedEvent, EventView } from "./event-kinds";

/** One board and category at one snapshot: its gap and its months behind. */
export interface BoardGapState {
  point: GapPoint;
  monthsBehind: number | null;
}

const points = (n: number | null) => (n === null ? null : Math.round(n));
const halfWidth = (m: RatedModel) =>
  m.lower !== null && m.upper !== null ? (m.upper - m.lower) / 2 : null;

/**
 * The half-width of the gap's own 95% interval: the two sides' half-widths combined as
 * independent errors. Null when either side publishes no interval.
 */
export function gapInterval(p: GapPoint): number | null {
  if (!p.open || !p.closed) return null;
  const a = halfWidth(p.open);
  const b = halfWidth(p.closed);
  return a === null || b === null ? null : Math.hypot(a, b);
}

/**
 * What changed on one board between two consecutive snapshots: a new best open model (a record
 * of this board), a new proprietary leader, the gap entering or leaving "statistically tied",
 * the gap moving by more than its interval, months behind moving by a month or more.
 * Pure: the writer stores what this returns under each event's idempotency key.
 */
export function detectEvents(
  prev: BoardGapState,
  next: BoardGapState,
  board: { view: EventView; boardLabel: string },
): DetectedEvent[] {
  const events: DetectedEvent[] = [];
  const p = prev.point;
  const n = next.point;
  const on = board.boardLabel;
  const base = { source: board.view.source, view: board.view, snapshotDate: n.date };
  if (n.open && n.open.slug !== p.open?.slug) {
    events.push({
      ...base,
      kind: "open-record",
      models: [n.open.slug],
      title: `${n.open.name} is the best open-weight model on ${on}`,
      summary: `${n.open.name} (${points(n.open.rating)}) takes the open-weight lead from ${p.open?.name ?? "nobody"}; the gap to ${n.closed?.name ?? "the best proprietary model"} is ${points(n.gap) ?? "unknown"} points.`,
      change: { before: p.open?.name ?? null, after: n.open.name },
    });
  }
  if (n.closed && n.closed.slug !== p.closed?.slug) {
    events.push({
      ...base,
      kind: "new-leader",
      models: [n.closed.slug],
      title: `${n.closed.name} leads ${on}`,
      summary: `${n.closed.name} (${points(n.closed.rating)}) replaces ${p.closed?.name ?? "nobody"} as the best proprietary model; the gap is ${points(n.gap) ?? "unknown"} points.`,
      change: { before: p.closed?.name ?? null, after: n.closed.name },
    });
  }
  const pair = [n.open?.slug, n.closed?.slug].filter((s): s is string => !!s);
  if (p.tied !== null && n.tied !== null && p.tied !== n.tied) {
    events.push({
      ...base,
      kind: n.tied ? "tie-start" : "tie-end",
      models: pair,
      title: n.tied
        ? `Open and proprietary are statistically tied on ${on}`
        : `The tie on ${on} is broken`,
      summary: `${n.open?.name} and ${n.closed?.name}: their 95% intervals ${n.tied ? "now overlap" : "no longer overlap"} (gap ${points(n.gap)} points).`,
      change: { before: p.tied ? "tied" : "apart", after: n.tied ? "tied" : "apart" },
    });
  }
  const interval = gapInterval(n);
  if (p.gap !== null && n.gap !== null && interval !== null) {
    const moved = n.gap - p.gap;
    if (Math.abs(moved) > interval) {
      events.push({
        ...base,
        kind: "gap-moved",
        models: pair,
        title: `The gap on ${on} ${moved < 0 ? "narrowed" : "widened"} by ${Math.abs(Math.round(moved))} points`,
        summary: `From ${points(p.gap)} to ${points(n.gap)} points, more than the gap's own ±${Math.round(interval)}-point interval.`,
        change: { before: points(p.gap), after: points(n.gap) },
      });
    }
  }
  const a = prev.monthsBehind;
  const b = next.monthsBehind;
  if (a !== null && b !== null && Math.abs(b - a) >= 1) {
    events.push({
      ...base,
      kind: "months-behind",
      models: pair,
      title: `Open models are ${b.toFixed(1)} months behind on ${on}`,
      summary: `Months behind went from ${a.toFixed(1)} to ${b.toFixed(1)} (${n.open?.name} against the proprietary frontier over time).`,
      change: { before: a, after: b },
    });
  }
  return events;
}

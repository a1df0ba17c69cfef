import { timeTicks } from "@/lib/charts/time-ticks";

const DAY = 86_400_000;
/** A history shorter than this is drawn in a window this wide, so two days do not fill the chart. */
export const MIN_SPAN_DAYS = 28;
const DAY_STEPS = [1, 2, 7, 14] as const;

export interface TimeAxis {
  domain: [number, number];
  ticks: number[];
  /** How ticks read: whole months ("2026-04") or days ("2026-04-17"). */
  unit: "month" | "day";
}

/**
 * A time axis over epoch-ms data [lo, hi]: month-start ticks when the range holds at least three,
 * else day ticks every 1, 2, 7 or 14 days (at most `maxTicks`). A range shorter than
 * MIN_SPAN_DAYS is widened around its middle, so sparse data reads as sparse.
 */
export function buildTimeAxis(lo: number, hi: number, maxTicks = 5): TimeAxis {
  if (!Number.isFinite(lo) || !Number.isFinite(hi))
    return { domain: [0, 0], ticks: [], unit: "day" };
  const span = Math.max(hi - lo, MIN_SPAN_DAYS * DAY);
  const mid = Math.round((lo + hi) / 2 / DAY) * DAY;
  const domain: [number, number] =
    hi - lo >= MIN_SPAN_DAYS * DAY ? [lo, hi] : [mid - span / 2, mid + span / 2];
  const months = timeTicks(domain[0], domain[1], maxTicks + 1).filter(
    (t) => t >= domain[0] && t <= domain[1],
  );
  if (months.length >= 3) return { domain, ticks: months.slice(0, maxTicks + 1), unit: "month" };
  const days = (domain[1] - domain[0]) / DAY;
  const step = DAY_STEPS.find((s) => days / s < maxTicks) ?? 30;
  // Labels are centred on their tick: keep them off the very edges, where they would be cut.
  const inset = (domain[1] - domain[0]) * 0.04;
  const first = Math.ceil((domain[0] + inset) / (step * DAY)) * step * DAY;
  const ticks: number[] = [];
  for (let t = first; t <= domain[1] - inset; t += step * DAY) ticks.push(t);
  return { domain, ticks, unit: "day" };
}

const STEPS = [1, 2, 3, 6, 12, 24] as const;

/**
 * Round time-axis ticks: the first day of every 1, 2, 3, 6, 12 or 24 months, with the smallest step
 * that keeps at most `maxTicks` within [from, to] (epoch ms, UTC). A single-day range gets that day.
 */
export function buildTimeTicks(from: number, to: number, maxTicks = 6): number[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from)
    return Number.isFinite(from) ? [from] : [];
  const start = new Date(from);
  const months =
    (new Date(to).getUTCFullYear() - start.getUTCFullYear()) * 12 +
    new Date(to).getUTCMonth() -
    start.getUTCMonth();
  const step = STEPS.find((s) => months / s < maxTicks) ?? 24;
  // Start at the first step-aligned month on or after `from` (January-aligned for steps ≥ 2).
  const y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  if (Date.UTC(y, m, 1) < from) m += 1;
  m = Math.ceil(m / step) * step;
  const ticks: number[] = [];
  for (let t = Date.UTC(y, m, 1); t <= to; m += step, t = Date.UTC(y, m, 1)) ticks.push(t);
  return ticks.length ? ticks : [from];
}

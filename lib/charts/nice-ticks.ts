/** A fitted axis: the domain rounded out to whole steps of 1, 2, 2.5 or 5 × 10^k, and its ticks. */
export interface NiceAxis {
  domain: [number, number];
  ticks: number[];
}

const MULTIPLIERS = [1, 2, 2.5, 5, 10];

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const m = MULTIPLIERS.find((k) => k * power >= rough - 1e-9) ?? 10;
  return m * power;
}

/** At most `maxTicks` ticks; the domain hugs the data instead of starting at a round 0 or 1000. */
export function niceTicks(min: number, max: number, maxTicks = 6): NiceAxis {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1] };
  if (min === max) {
    const pad = Math.max(1, Math.abs(min) * 0.05);
    return niceTicks(min - pad, max + pad, maxTicks);
  }
  let step = niceStep((max - min) / Math.max(1, maxTicks - 1));
  let lo = Math.floor(min / step) * step;
  let hi = Math.ceil(max / step) * step;
  // Rounding out can add a step at each end; widen the step until the count fits.
  while ((hi - lo) / step + 1 > maxTicks) {
    step = niceStep(step * 1.01);
    lo = Math.floor(min / step) * step;
    hi = Math.ceil(max / step) * step;
  }
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 1e6; v += step) ticks.push(Number(v.toFixed(10)));
  return { domain: [lo, hi], ticks };
}

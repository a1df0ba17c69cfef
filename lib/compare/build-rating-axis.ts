export interface RatingAxis {
  domain: [number, number];
  ticks: number[];
}

/**
 * A rating axis with round ticks around the given values (interval ends included). Ratings sit
 * far from zero, so the axis starts just below the lowest value; pages say so next to the chart.
 */
export function buildRatingAxis(values: readonly number[], maxIntervals = 6): RatingAxis {
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max(5, (max - min) * 0.08);
  const round = (step: number) => ({
    step,
    lo: Math.floor((min - pad) / step) * step,
    hi: Math.ceil((max + pad) / step) * step,
  });
  // The smallest round step that needs at most `maxIntervals` once both ends are rounded out.
  const { step, lo, hi } =
    [10, 20, 25, 50, 100, 200, 500]
      .map(round)
      .find((r) => (r.hi - r.lo) / r.step <= maxIntervals) ?? round(1000);
  return {
    domain: [lo, hi],
    ticks: Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => lo + i * step),
  };
}

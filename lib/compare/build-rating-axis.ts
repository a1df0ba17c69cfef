import { niceTicks, type NiceAxis } from "@/lib/charts/nice-ticks";

export type RatingAxis = NiceAxis;

/**
 * A rating axis with round ticks around the given values (interval ends included). Ratings sit
 * far from zero, so the axis starts just below the lowest value; pages say so next to the chart.
 */
export function buildRatingAxis(values: readonly number[], maxIntervals = 6): RatingAxis {
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  // A little air above and below, so whiskers and line ends never touch the frame.
  const pad = Math.max(5, (max - min) * 0.08);
  return niceTicks(min - pad, max + pad, maxIntervals + 1);
}

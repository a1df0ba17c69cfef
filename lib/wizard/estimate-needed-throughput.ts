import { HOURS_PER_MONTH } from "./gpu-classes";

/** A month's working hours (22 days × 8 h): traffic that follows office hours runs ~4× the average. */
export const BUSY_HOURS_PER_MONTH = 176;

export interface NeededThroughput {
  /** Output tokens a month (the volume's output share). */
  outputM: number;
  /** Output tokens/s if the volume were spread evenly over the month's 730 hours. */
  average: number;
  /** Output tokens/s if it falls within working hours only. */
  busy: number;
}

/**
 * The decode rate a monthly volume needs: only output tokens are decoded one by one (input is
 * read in parallel during prefill), so the output share divided by the seconds it arrives in.
 */
export function estimateNeededThroughput(
  volumeM: number,
  split: readonly [number, number],
): NeededThroughput {
  const [i, o] = split;
  const outputM = (volumeM * o) / (i + o);
  const perSecond = (hours: number) => (outputM * 1e6) / (hours * 3600);
  return { outputM, average: perSecond(HOURS_PER_MONTH), busy: perSecond(BUSY_HOURS_PER_MONTH) };
}

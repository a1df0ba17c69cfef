import { HOURS_PER_MONTH } from "./gpu-classes";

/** API cost per month: volume split into input and output tokens, each at its price per million. */
export function estimateApiCost(
  volumeM: number,
  split: readonly [number, number],
  inputPricePerM: number,
  outputPricePerM: number,
): { inputM: number; outputM: number; dollars: number } {
  const [i, o] = split;
  const inputM = (volumeM * i) / (i + o);
  const outputM = (volumeM * o) / (i + o);
  return { inputM, outputM, dollars: inputM * inputPricePerM + outputM * outputPricePerM };
}

/** Always-on self-hosting: GPUs × $/GPU-hour × 730 h. */
export function estimateGpuCost(gpus: number, dollarsPerHour: number): number {
  return gpus * dollarsPerHour * HOURS_PER_MONTH;
}

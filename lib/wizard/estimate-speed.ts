import { BYTES_PER_PARAM, type Bits } from "./estimate-memory";

/** Share of peak memory bandwidth a serving engine reaches while decoding (rule of thumb). */
export const DECODE_EFFICIENCY = 0.5;

/**
 * Decoding is memory-bound: each output token reads the active weights once, so tokens/s per
 * request ≈ efficiency × bandwidth of the tensor-parallel GPUs / (active parameters × bytes).
 * Aggregate throughput with `conc` requests batched is an upper bound (KV reads ignored).
 */
export function estimateDecodeSpeed(input: {
  activeParametersB: number;
  bits: Bits;
  tensorParallel: number;
  bandwidthGbps: number;
  conc: number;
}): { perRequest: number; aggregate: number } {
  const bytesPerToken = input.activeParametersB * BYTES_PER_PARAM[input.bits];
  const perRequest =
    (DECODE_EFFICIENCY * input.tensorParallel * input.bandwidthGbps) / bytesPerToken;
  return { perRequest, aggregate: perRequest * input.conc };
}

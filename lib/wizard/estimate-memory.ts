import type { QuantChoice } from "./answers";
import { gqa } from "./facts/card";
import type { AttentionShape } from "./facts/types";
import { GPU_MEMORY_UTILISATION } from "./gpu-classes";

export type Bits = 16 | 8 | 4;
export const BYTES_PER_PARAM = { 16: 2, 8: 1, 4: 0.5 } as const satisfies Record<Bits, number>;

/** Used when a model's config is not on file: Llama 3.1 70B's shape, a typical dense model. */
export const FALLBACK_ATTENTION: AttentionShape = gqa(80, 8, 128);

/** KV cache per token at 16-bit: K and V per layer for GQA; one latent per layer for MLA. */
export function kvBytesPerToken(a: AttentionShape): number {
  return a.kind === "gqa" ? 2 * a.layers * a.kvHeads * a.headDim * 2 : a.layers * a.latentDim * 2;
}

export interface MemoryEstimate {
  bits: Bits;
  weightsGb: number;
  kvBytesPerToken: number;
  kvGb: number;
  totalGb: number;
  attentionAssumed: boolean;
  gpuMemGb: number;
  gpuCount: number;
  /** vLLM's --tensor-parallel-size (at most 8: one node) and --pipeline-parallel-size (nodes). */
  tensorParallel: number;
  pipelineParallel: number;
}

export interface MemoryInput {
  parametersB: number;
  attention: AttentionShape | null;
  bits: Bits;
  ctx: number;
  conc: number;
  gpuMemGb: number;
}

/**
 * weights = parameters × bytes per parameter; KV = bytes per token × context × concurrent
 * requests; GPUs = ceil((weights + KV) / (90% of each GPU)), rounded up to a tensor-parallel
 * size vLLM accepts (1, 2, 4, 8; past 8, whole 8-GPU nodes joined by pipeline parallelism).
 */
export function estimateMemory(input: MemoryInput): MemoryEstimate {
  const attention = input.attention ?? FALLBACK_ATTENTION;
  const weightsGb = input.parametersB * BYTES_PER_PARAM[input.bits];
  const perToken = kvBytesPerToken(attention);
  const kvGb = (perToken * input.ctx * input.conc) / 1e9;
  const totalGb = weightsGb + kvGb;
  const raw = Math.max(1, Math.ceil(totalGb / (input.gpuMemGb * GPU_MEMORY_UTILISATION)));
  const gpuCount = raw <= 8 ? 2 ** Math.ceil(Math.log2(raw)) : Math.ceil(raw / 8) * 8;
  return {
    bits: input.bits,
    weightsGb,
    kvBytesPerToken: perToken,
    kvGb,
    totalGb,
    attentionAssumed: input.attention === null,
    gpuMemGb: input.gpuMemGb,
    gpuCount,
    tensorParallel: Math.min(gpuCount, 8),
    pipelineParallel: Math.max(1, gpuCount / 8),
  };
}

/**
 * Precision to serve at. An explicit choice is capped at the published precision (upcasting
 * gains nothing). Auto: on owned GPUs the highest precision that fits; when renting, 8-bit
 * (near-lossless, half the GPUs of 16-bit) or the published precision if that is lower.
 */
export function chooseBits(
  choice: QuantChoice,
  nativeBits: Bits,
  fitsOwned: ((bits: Bits) => boolean) | null,
): Bits {
  const options = ([16, 8, 4] as const).filter((b) => b <= nativeBits);
  if (choice !== "auto") return Math.min(Number(choice), nativeBits) as Bits;
  if (fitsOwned) return options.find(fitsOwned) ?? (options.at(-1) as Bits);
  return Math.min(8, nativeBits) as Bits;
}

export type TuneMethod = "full" | "lora" | "qlora";

/**
 * Training memory, activations aside: full fine-tuning with Adam in mixed precision needs
 * 16 bytes per parameter (weights 2, gradients 2, fp32 master copy and two moments 12);
 * LoRA keeps the 16-bit base frozen, QLoRA a 4-bit base, each plus 20% for adapters and activations.
 */
export function estimateTuningGb(parametersB: number, method: TuneMethod): number {
  if (method === "full") return parametersB * 16;
  return parametersB * (method === "lora" ? 2 : 0.5) * 1.2;
}

import type { WizardAnswers } from "./answers";
import { chooseBits, estimateMemory, type Bits, type MemoryEstimate } from "./estimate-memory";
import { estimateDecodeSpeed } from "./estimate-speed";
import { GPU_CLASS_INFO } from "./gpu-classes";
import type { ModelProfile } from "./types";

export interface Serving {
  memory: MemoryEstimate;
  gpuClass: keyof typeof GPU_CLASS_INFO;
  owned: boolean;
  dollarsPerHour: number;
  speed: { perRequest: number; aggregate: number } | null;
}

/** GPUs for a self-hosted model: the owned class when GPUs are owned, else the rented class. */
export function sizeServing(p: ModelProfile, a: WizardAnswers): Serving | null {
  if (p.parametersB == null) return null;
  const owned = a.gpus > 0;
  const gpuClass = owned ? a.vram : a.assumptions.rent;
  const { ctx, conc, quant, gph } = a.assumptions;
  const size = (bits: Bits) =>
    estimateMemory({
      parametersB: p.parametersB!,
      attention: p.attention,
      bits,
      ctx,
      conc,
      gpuMemGb: gpuClass,
    });
  const bits = chooseBits(quant, p.nativeBits, owned ? (b) => size(b).gpuCount <= a.gpus : null);
  const memory = size(bits);
  const info = GPU_CLASS_INFO[gpuClass];
  const active = p.activeParametersB ?? p.parametersB;
  return {
    memory,
    gpuClass,
    owned,
    dollarsPerHour: gph ?? info.dollarsPerHour,
    speed: estimateDecodeSpeed({
      activeParametersB: active,
      bits,
      tensorParallel: memory.tensorParallel,
      bandwidthGbps: info.bandwidthGbps,
      conc,
    }),
  };
}

import type { GpuClass } from "./answers";

export interface GpuClassInfo {
  /** A typical card of this memory class, named so the assumption can be checked. */
  example: string;
  /** Memory bandwidth of that card, GB/s (vendor datasheet figure). */
  bandwidthGbps: number;
  /** Default on-demand cloud price, USD per GPU-hour; editable in the URL (`gph`). */
  dollarsPerHour: number;
}

// Prices are round on-demand figures for 2025-26 clouds, meant to be overridden with a quote.
export const GPU_CLASS_INFO = {
  24: { example: "NVIDIA L4 24 GB", bandwidthGbps: 300, dollarsPerHour: 0.8 },
  40: { example: "NVIDIA A100 40 GB", bandwidthGbps: 1555, dollarsPerHour: 1.5 },
  48: { example: "NVIDIA L40S 48 GB", bandwidthGbps: 864, dollarsPerHour: 1.2 },
  80: { example: "NVIDIA H100 SXM 80 GB", bandwidthGbps: 3350, dollarsPerHour: 2.5 },
  94: { example: "NVIDIA H100 NVL 94 GB", bandwidthGbps: 3900, dollarsPerHour: 3 },
  141: { example: "NVIDIA H200 141 GB", bandwidthGbps: 4800, dollarsPerHour: 3.8 },
  192: { example: "NVIDIA B200 192 GB", bandwidthGbps: 8000, dollarsPerHour: 6 },
} as const satisfies Record<GpuClass, GpuClassInfo>;

/** Hours in an average month (8,760 h / 12), the usual basis for always-on pricing. */
export const HOURS_PER_MONTH = 730;

/** Share of each GPU's memory vLLM may use (its default --gpu-memory-utilization). */
export const GPU_MEMORY_UTILISATION = 0.9;

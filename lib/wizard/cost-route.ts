import type { WizardAnswers } from "./answers";
import { estimateApiCost, estimateGpuCost } from "./estimate-cost";
import { sizeServing, type Serving } from "./size-serving";
import type { ModelProfile } from "./types";

export type Route = "api" | "self";

export interface RouteCost {
  /** Counted against the budget (owned GPUs count 0); null when the price is not on file. */
  monthlyCost: number | null;
  /** Rental value of the GPUs, shown even when they are owned. */
  rentalEquivalent: number | null;
  costDetail: string;
  serving: Serving | null;
  /** Self-hosting only: whether the GPUs fit, whether the fit is tight, and why. */
  hardware: { ok: boolean; tight: boolean; reason: string } | null;
}

/**
 * Memory use above this share of the GPUs' memory is a tight fit: activations, CUDA graphs and
 * longer prompts than assumed need the rest (vLLM itself reserves 10 %).
 */
export const HEADROOM_LIMIT = 0.85;

const fmtM = (m: number) => `${Number(m.toFixed(1))}M`;

/** What serving one model one way costs a month, and for self-hosting the GPUs it needs. */
export function costRoute(p: ModelProfile, route: Route, a: WizardAnswers): RouteCost {
  const none = { monthlyCost: null, rentalEquivalent: null, serving: null, hardware: null };
  if (route === "api") {
    if (p.inputPricePerM == null || p.outputPricePerM == null)
      return { ...none, costDetail: "Price not on file" };
    const c = estimateApiCost(a.volumeM, a.assumptions.split, p.inputPricePerM, p.outputPricePerM);
    return {
      ...none,
      monthlyCost: c.dollars,
      costDetail: `${fmtM(c.inputM)} input × $${p.inputPricePerM}/M + ${fmtM(c.outputM)} output × $${p.outputPricePerM}/M`,
    };
  }
  const serving = sizeServing(p, a);
  if (!serving)
    return {
      ...none,
      costDetail: "Cannot be sized",
      hardware: {
        ok: false,
        tight: false,
        reason: "Parameter count not on file: the GPUs cannot be sized",
      },
    };
  const m = serving.memory;
  const rentalEquivalent = estimateGpuCost(m.gpuCount, serving.dollarsPerHour);
  const fitsOwned = serving.owned && m.gpuCount <= a.gpus;
  const need = `${m.gpuCount}×${serving.gpuClass} GB at ${m.bits}-bit (${Math.round(m.totalGb)} GB)`;
  const use = m.totalGb / (m.gpuCount * serving.gpuClass);
  const tight = use > HEADROOM_LIMIT;
  const headroom = tight
    ? `. Tight: ${Math.round(use * 100)} % of the GPUs' memory, above ${HEADROOM_LIMIT * 100} %, leaves little headroom; plan more GPUs, a lower precision or a shorter context`
    : "";
  const hardware = !serving.owned
    ? { ok: true, tight, reason: `Rents ${need}${headroom}` }
    : fitsOwned
      ? { ok: true, tight, reason: `Fits your ${a.gpus}×${a.vram} GB: needs ${need}${headroom}` }
      : { ok: false, tight, reason: `Needs ${need}; you have ${a.gpus}×${a.vram} GB` };
  return {
    monthlyCost: fitsOwned ? 0 : rentalEquivalent,
    rentalEquivalent,
    costDetail: `${m.gpuCount} × ${serving.gpuClass} GB GPU × $${serving.dollarsPerHour}/h × 730 h${fitsOwned ? " (your GPUs: not counted)" : ""}`,
    serving,
    hardware,
  };
}

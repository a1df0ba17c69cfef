import type { LicenceKey } from "../licence-terms";

/** Attention shape from the model's config.json, enough to size its KV cache. */
export type AttentionShape =
  | { kind: "gqa"; layers: number; kvHeads: number; headDim: number }
  /** Multi-head latent attention (DeepSeek-V3 family): one compressed latent per layer. */
  | { kind: "mla"; layers: number; latentDim: number };

/** Facts no feed gives, each from the model's official card or announcement (`source`). */
export interface ModelFact {
  /** Model slugs in the database this fact applies to (variants that share the weights). */
  slugs: readonly string[];
  name: string;
  parametersB: number;
  /** Mixture-of-experts: parameters used per token. */
  activeParametersB?: number;
  contextWindow?: number;
  hfRepo?: string;
  /** Hugging Face asks you to accept the licence before downloading. */
  gated?: boolean;
  licence?: LicenceKey;
  attention?: AttentionShape;
  /** Precision the weights are published in, when lower than 16-bit. */
  nativeBits?: 8 | 4;
  source: string;
}

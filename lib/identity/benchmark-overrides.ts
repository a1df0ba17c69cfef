import type { StatedOpenness } from "@/lib/metrics/metric-domain";

// Reviewed by hand: benchmark names that the ratings' identity rules cannot join or date, each
// with the evidence. Keys are name slugs (lib/identity/to-model-slug.ts) as the benchmark
// publishes them. Names outside these lists join only by an exact known name, never by guess.

export interface BenchmarkAlias {
  /** The Arena model slug the benchmark name is. */
  model: string;
  reason: string;
}

/** Benchmark name → the Arena model it is (the same weights and settings, under another name). */
export const BENCHMARK_ALIASES: Readonly<Record<string, BenchmarkAlias>> = {
  "gpt-5-2025-08-07": {
    model: "gpt-5",
    reason:
      "OpenAI's dated API snapshot of GPT-5 (2025-08-07); the undated id points at it and Arena lists the model under the undated id",
  },
  "gpt-5-mini-2025-08-07": {
    model: "gpt-5-mini",
    reason:
      "OpenAI's dated API snapshot of GPT-5 mini (2025-08-07); the undated id points at it and Arena lists the model under the undated id",
  },
  "gpt-5-nano-2025-08-07": {
    model: "gpt-5-nano",
    reason:
      "OpenAI's dated API snapshot of GPT-5 nano (2025-08-07); the undated id points at it and Arena lists the model under the undated id",
  },
  "gpt-5-pro-2025-10-06": {
    model: "gpt-5-pro",
    reason:
      "OpenAI's dated API snapshot of GPT-5 Pro (2025-10-06); the undated id points at it and Arena lists the model under the undated id",
  },
  "gpt-5.1-2025-11-13": {
    model: "gpt-5.1",
    reason:
      "OpenAI's dated API snapshot of GPT-5.1 (2025-11-13); the undated id points at it and Arena lists the model under the undated id",
  },
  "gpt-5.2-2025-12-11": {
    model: "gpt-5.2",
    reason:
      "OpenAI's dated API snapshot of GPT-5.2 (2025-12-11); the undated id points at it and Arena lists the model under the undated id",
  },
  "gpt-5.4-2026-03-05": {
    model: "gpt-5.4",
    reason:
      "OpenAI's dated API snapshot of GPT-5.4 (2026-03-05); the undated id points at it and Arena lists the model under the undated id",
  },
  "gpt-5.4-pro-2026-03-05": {
    model: "gpt-5.4-pro",
    reason:
      "OpenAI's dated API snapshot of GPT-5.4 Pro (2026-03-05); the undated id points at it and Arena lists the model under the undated id",
  },
  "o3-pro-2025-06-10": {
    model: "o3-pro",
    reason:
      "OpenAI's dated API snapshot of o3-pro (2025-06-10); the undated id points at it and Arena lists the model under the undated id",
  },
  "o3-mini-2025-01-31": {
    model: "o3-mini",
    reason:
      "OpenAI's dated API snapshot of o3-mini (2025-01-31); the undated id points at it and Arena lists the model under the undated id",
  },
  "o1-mini-2024-09-12": {
    model: "o1-mini",
    reason:
      "OpenAI's dated API snapshot of o1-mini (2024-09-12, its only snapshot); the undated id points at it and Arena lists the model under the undated id",
  },
  "o1-preview-2024-09-12": {
    model: "o1-preview",
    reason:
      "OpenAI's dated API snapshot of o1-preview (2024-09-12, its only snapshot); the undated id points at it and Arena lists the model under the undated id",
  },
  "o1-pro-2025-03-19": {
    model: "o1-pro",
    reason:
      "OpenAI's dated API snapshot of o1-pro (2025-03-19); the undated id points at it and Arena lists the model under the undated id",
  },
  "o3-20250416": {
    model: "o3-2025-04-16",
    reason: "SWE-bench writes OpenAI's o3-2025-04-16 snapshot with a compact date",
  },
  "o4-mini-20250416": {
    model: "o4-mini-2025-04-16",
    reason: "SWE-bench writes OpenAI's o4-mini-2025-04-16 snapshot with a compact date",
  },
  "gpt-4.1-20250414": {
    model: "gpt-4.1-2025-04-14",
    reason: "SWE-bench writes OpenAI's gpt-4.1-2025-04-14 snapshot with a compact date",
  },
  "gpt-4.1-mini-20250414": {
    model: "gpt-4.1-mini-2025-04-14",
    reason: "SWE-bench writes OpenAI's gpt-4.1-mini-2025-04-14 snapshot with a compact date",
  },
  "claude-4-opus-20250514": {
    model: "claude-opus-4-20250514",
    reason: "Anthropic's API id is claude-opus-4-20250514; SWE-bench puts the family first",
  },
  "claude-4-sonnet-20250514": {
    model: "claude-sonnet-4-20250514",
    reason: "Anthropic's API id is claude-sonnet-4-20250514; SWE-bench puts the family first",
  },
  "kimi-k2p5": {
    model: "kimi-k2.5",
    reason:
      "Fireworks' id for Moonshot's Kimi K2.5 (Epoch labels the row 'Kimi K2.5 (Fireworks)', same score as kimi-k2.5)",
  },
  "deepseek-v3p2": {
    model: "deepseek-v3.2",
    reason:
      "Fireworks' id for DeepSeek-V3.2 (Epoch gives it the same score and date as deepseek/deepseek-v3.2)",
  },
  "deepseek-v3.2-reasoner": {
    model: "deepseek-v3.2-thinking",
    reason:
      "DeepSeek-V3.2 in thinking mode, which DeepSeek's API serves as deepseek-reasoner and Arena lists as DeepSeek-V3.2-Thinking",
  },
  "kimi-k2-instruct": {
    model: "kimi-k2-0711-preview",
    reason:
      "Moonshot released Kimi-K2-Instruct on 2025-07-11 and serves the same model as kimi-k2-0711-preview",
  },
  "kimi-k2-instruct-0905": {
    model: "kimi-k2-0905-preview",
    reason: "Kimi-K2-Instruct-0905 (2025-09-05) is served as kimi-k2-0905-preview",
  },
  "qwen-plus-2025-01-25": {
    model: "qwen-plus-0125",
    reason: "Alibaba's dated Qwen-Plus snapshot of 2025-01-25, which Arena lists as qwen-plus-0125",
  },
};

export interface BenchmarkOpennessRule {
  pattern: RegExp;
  openness: Exclude<StatedOpenness, "unreleased">;
  reason: string;
}

/**
 * Openness for benchmark names whose source states none and that match no Arena model with a
 * reviewed licence: mostly closed models run at a named reasoning effort ("gpt-5.4-xhigh",
 * "claude-opus-4-8-high-effort"). Each rule covers a family whose weights are all closed, or
 * all published, so no single model is guessed.
 */
export const BENCHMARK_OPENNESS: readonly BenchmarkOpennessRule[] = [
  {
    pattern: /^claude-/,
    openness: "closed",
    reason: "Anthropic has never published the weights of any Claude model; API and apps only",
  },
  {
    pattern: /^(gpt-(?!oss)|chatgpt-|o[1-4](-|$))/,
    openness: "closed",
    reason:
      "OpenAI's GPT-3.5/4/5 and o-series are served by API only; gpt-oss, its one open-weight family, is excluded by the pattern",
  },
  {
    pattern: /^gemini-/,
    openness: "closed",
    reason: "Google serves Gemini by API only; its open-weight models are the Gemma family",
  },
  {
    pattern: /^grok-[34]/,
    openness: "closed",
    reason: "xAI serves Grok 3 and Grok 4 by API only (only Grok 1 and 2.5 weights were released)",
  },
  {
    pattern: /^(deepseek-reasoner|deepseek-v3\.2|deepseek-v3p2)$/,
    openness: "open",
    reason:
      "DeepSeek-V3.2 (2025-12-01, the model Epoch dates deepseek-reasoner to) was released with MIT-licensed weights on Hugging Face",
  },
  {
    pattern: /^qwen3-30b-a3b/,
    openness: "open",
    reason:
      "Qwen3-30B-A3B and its thinking variants are published on Hugging Face under Apache 2.0",
  },
  {
    pattern: /^intellect-1/,
    openness: "open",
    reason: "Prime Intellect released INTELLECT-1 weights under Apache 2.0",
  },
];

/** The reviewed openness rule for a benchmark name slug, if one covers it. */
export function findBenchmarkOpenness(nameSlug: string): BenchmarkOpennessRule | undefined {
  return BENCHMARK_OPENNESS.find((r) => r.pattern.test(nameSlug));
}

export interface BenchmarkDateCorrection {
  source: string;
  /** The source's own row key. */
  key: string;
  stated: string;
  date: string;
  reason: string;
}

/** Dates a source states wrongly, shown as corrected wherever the score is dated. */
export const BENCHMARK_DATE_CORRECTIONS: readonly BenchmarkDateCorrection[] = [
  {
    source: "epoch-benchmarks",
    key: "Kimi-K2-Instruct-0905",
    stated: "2024-09-05",
    date: "2025-09-05",
    reason:
      "Moonshot released Kimi-K2-Instruct-0905 on 2025-09-05 (the 0905 in its name); the same export dates its copies moonshotai/kimi-k2-0905 and fireworks/Kimi-K2-Instruct-0905 2025-09-05, and Epoch's March 2026 export corrects this row to 2025-09-05",
  },
];

/** The Arena model slug a benchmark name stands for: a reviewed alias, else the name itself. */
export function resolveBenchmarkName(nameSlug: string): string {
  return BENCHMARK_ALIASES[nameSlug]?.model ?? nameSlug;
}

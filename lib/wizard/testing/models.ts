import { makeRow } from "./fixtures";

// Rows as the seeded models table holds them (prices per million tokens from models.dev / the
// LMArena catalog); parameter counts are left to the curated facts, as in the database.
export const GEMINI_3_PRO = makeRow(1, "gemini-3-pro", {
  name: "Gemini-3-Pro",
  organization: "Google",
  licence: "Proprietary",
  inputPricePerM: 2,
  outputPricePerM: 12,
});
export const CLAUDE_OPUS_45 = makeRow(2, "claude-opus-4-5-20251101", {
  name: "Claude Opus 4.5",
  organization: "Anthropic",
  licence: "Proprietary",
  contextWindow: 200000,
  inputPricePerM: 5,
  outputPricePerM: 25,
});
export const QWEN3_235B_2507 = makeRow(3, "qwen3-235b-a22b-instruct-2507", {
  name: "Qwen3-235B-A22B-Instruct-2507",
  organization: "Alibaba",
  licence: "open",
  licenceClass: "open-restricted",
  inputPricePerM: 0.7,
  outputPricePerM: 2.8,
});
export const DEEPSEEK_V32 = makeRow(4, "deepseek-v3.2", {
  organization: "DeepSeek",
  licence: "open",
  licenceClass: "open-restricted",
  inputPricePerM: 0.28,
  outputPricePerM: 0.42,
});
export const LLAMA_31_70B = makeRow(5, "llama-3.1-70b-instruct", {
  name: "Meta-Llama-3.1-70b-Instruct",
  organization: "Meta",
  licence: "Llama 3.1 Community",
  licenceClass: "open-restricted",
  inputPricePerM: 0.88,
  outputPricePerM: 0.88,
});
export const EXPERIMENTAL = makeRow(6, "secret-exp-0101", { licenceClass: "unknown" });
export const ALL_ROWS = [
  GEMINI_3_PRO,
  CLAUDE_OPUS_45,
  QWEN3_235B_2507,
  DEEPSEEK_V32,
  LLAMA_31_70B,
  EXPERIMENTAL,
];

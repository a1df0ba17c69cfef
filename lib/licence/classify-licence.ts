import type { LicenceClass } from "@/lib/domain";

// Ordered: the first matching rule wins, so "Modified MIT" is tested before "MIT"
// and "CC-BY-NC" before other Creative Commons labels.
const RULES: ReadonlyArray<readonly [RegExp, LicenceClass]> = [
  [/^(proprietary|propretary|proprietory|closed|api[- ]only)$/i, "proprietary"],
  [/^(|-|n\/?a|none|unknown|other|tbd|\?)$/i, "unknown"],
  [/non[- ]?commercial|\bnc\b|cc[- ]by[- ]nc|research|^mrl$|mistral research/i, "non-commercial"],
  [/modified mit/i, "open-restricted"],
  [/^(apache|mit\b|bsd|gpl|lgpl|agpl|mpl|mozilla|isc|unlicense|0bsd|epl)/i, "open-osi"],
  [
    /llama|gemma|qwen|qianwen|deepseek|\byi\b|jamba|falcon|dbrx|nvidia|nemotron|nexusflow|ai2|impact|cogvlm|stability|openrail|cc[- ]by|glm|kimi|minimax|^open$|open model|community|tii|open weights/i,
    "open-restricted",
  ],
];

/** Normalises a leaderboard's free-text licence label into a class; unrecognised labels are `unknown`. */
export function classifyLicence(text: string | null | undefined): LicenceClass {
  const label = (text ?? "").trim();
  for (const [pattern, cls] of RULES) if (pattern.test(label)) return cls;
  return "unknown";
}

export interface ParameterCount {
  totalB: number | null;
  activeB: number | null;
}

// A size token must stand alone between dashes, so `E2B` (Gemma's "effective" size),
// `r7b` (Command R7B) and `8x22b` (Mixtral) are not read as a total.
const SIZE = /(?:^|-)(\d+(?:\.\d+)?)b(?:-a(\d+(?:\.\d+)?)b)?(?=-|$)/i;
// Meta names Llama 4 Scout/Maverick by active parameters (`17b-128e` = 17B active of 400B).
const NAMED_BY_ACTIVE = /llama-4-(scout|maverick)|\d+b-\d+e(-|$)/i;

/**
 * Billions of parameters only where the id states them: `qwen3-235b-a22b` → 235 total,
 * 22 active; `gpt-oss-120b` → 120 total; anything else (`gpt-5`, `kimi-k2.5`) → null.
 */
export function parseParameterCount(id: string): ParameterCount {
  const m = SIZE.exec(id);
  if (!m?.[1]) return { totalB: null, activeB: null };
  const size = Number(m[1]);
  if (NAMED_BY_ACTIVE.test(id)) return { totalB: null, activeB: size };
  return { totalB: size, activeB: m[2] ? Number(m[2]) : null };
}

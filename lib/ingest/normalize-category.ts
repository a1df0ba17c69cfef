// LMArena has spelled its categories several ways over the years; the app uses one slug each.
const CATEGORY_ALIASES: Record<string, string> = {
  full: "overall",
  overall: "overall",
  text: "overall",
  coding: "coding",
  math: "math",
  hard_6: "hard-prompts",
  hard_prompts: "hard-prompts",
  hard_english_6: "hard-prompts-english",
  creative_writing: "creative-writing",
  if: "instruction-following",
  instruction_following: "instruction-following",
  multiturn: "multi-turn",
  multi_turn: "multi-turn",
  long_user: "longer-query",
  long_query: "longer-query",
  no_short: "exclude-short",
  no_tie: "exclude-ties",
  no_refusal: "exclude-refusal",
};

/** Maps a source's category key to the app's slug (`full` → `overall`, `hard_6` → `hard-prompts`). */
export function normalizeCategory(raw: string): string {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return CATEGORY_ALIASES[key] ?? key.replace(/_/g, "-");
}

// The flagship series merges each lab's -thinking/-high variants under the base name and keeps
// the higher rating (SOURCE.md), so its "gpt-5.4" is LMArena's gpt-5.4-high. Reviewed from the
// ratings: on every shared date the flagship value equals the variant named here exactly
// (LMArena dataset, full precision) or after rounding (arena.ai boards).
export const FLAGSHIP_NAMES: Readonly<Record<string, string>> = {
  // Equal to claude-opus-4-6-thinking on 5 dates (2026-06-25 …), e.g. 1500.2525148178318.
  "claude-opus-4-6": "claude-opus-4-6-thinking",
  // Equal to gpt-5.4-high on 3 dates, e.g. 1469.5776680822446 on 2026-06-25.
  "gpt-5.4": "gpt-5.4-high",
  // Equal to gpt-5.5-high on 2 dates, e.g. 1468.6325681696562 on 2026-07-10.
  "gpt-5.5": "gpt-5.5-high",
  // Equal to grok-4.20-beta-0309-reasoning on 4 dates (2026-06-25 …).
  "grok-4.20-beta-0309": "grok-4.20-beta-0309-reasoning",
  // Equal after rounding to kimi-k2.5-thinking on 2026-03-04 and 2026-03-20.
  "kimi-k2.5": "kimi-k2.5-thinking",
  // LMArena lists only gpt-5.1-high and grok-4.1-thinking at these ratings (1440–1455).
  "gpt-5.1": "gpt-5.1-high",
  "grok-4.1": "grok-4.1-thinking",
};

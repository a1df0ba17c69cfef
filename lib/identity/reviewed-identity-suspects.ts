import type { IdentitySuspect } from "./find-identity-suspects";

// What the identity check (find-identity-suspects.ts) flags and a person has looked at. An entry
// is an exact key or a rule with a pattern; every reason says why the flag is not a wrong join.
// A flag that matches nothing here fails the seed test until it is fixed or reviewed.

export interface ReviewedSuspect {
  match: string | RegExp;
  reason: string;
}

const ROUNDED_SCRAPES =
  "Whole-point ratings with equal ± on one day from two arena.ai scrapes of different board versions (the per-category scrape is dated a day after the board; the daily scrape's rows up to 2026-07-15 were read by a language model): with ~370 models within 300 points, equal figures happen; the names are arena.ai's own, distinct models.";

export const REVIEWED_SUSPECTS: readonly ReviewedSuspect[] = [
  {
    match: /^jump lmsys-elo-(history|wide)\|/,
    reason:
      "LMSYS's pkl rating history (2023-05 … 2025-03) publishes no intervals, so the margin is a flat 40 points; early Arena Elo moved more than that between updates for low-vote models (claude-v1 −72 then +87 in June–July 2023), on LMArena's own keys, which never join two models.",
  },
  {
    match: "jump lmarena-daily-csv|text.0|qwen3-235b-a22b-instruct-2507|2025-08-01",
    reason:
      "A new model's first days: 1370 ± 13 on 2025-07-27 with few votes, 1430 ± 10 five days later; one LMArena key throughout.",
  },
  {
    match: "same-rating claude-3-7-sonnet-20250219|claude-3-7-sonnet-20250219-thinking-32k",
    reason:
      "The lab flagship series keeps the higher of a model's variants under its base name; on 2025-03-30 that was the -thinking-32k variant.",
  },
  {
    match: "same-rating claude-opus-4-5-20251101-thinking-32k|gemini-3-flash",
    reason: ROUNDED_SCRAPES,
  },
  {
    match: "same-rating claude-opus-4-5-20251101-thinking-32k|grok-4.20-beta-0309-reasoning",
    reason: ROUNDED_SCRAPES,
  },
  { match: "same-rating claude-opus-4-5-20251101|grok-4.1-thinking", reason: ROUNDED_SCRAPES },
  {
    match: "same-rating claude-sonnet-4-5-20250929|claude-sonnet-4-5-20250929-thinking-32k",
    reason: ROUNDED_SCRAPES,
  },
  { match: "same-rating deepseek-v4-pro|mimo-v2.5-pro", reason: ROUNDED_SCRAPES },
  { match: "same-rating ernie-5.1-preview|gpt-5.5", reason: ROUNDED_SCRAPES },
  { match: "same-rating ernie-5.1|ernie-5.1-preview", reason: ROUNDED_SCRAPES },
  { match: "same-rating gemini-3-flash|grok-4.20-beta-0309-reasoning", reason: ROUNDED_SCRAPES },
  { match: "same-rating glm-4.6|gpt-5-chat", reason: ROUNDED_SCRAPES },
  { match: "same-rating gpt-5.2-chat-latest-20260210|gpt-5.4-high", reason: ROUNDED_SCRAPES },
  {
    match: "same-rating gpt-5.2-chat-latest-20260210|grok-4.20-beta-0309-reasoning",
    reason: ROUNDED_SCRAPES,
  },
  { match: "same-rating gpt-5.4-high|grok-4.20-beta-0309-reasoning", reason: ROUNDED_SCRAPES },
  { match: "same-rating gpt-5.4-high|grok-4.20-beta1", reason: ROUNDED_SCRAPES },
  { match: "same-rating gpt-5.4|qwen3.5-max-preview", reason: ROUNDED_SCRAPES },
  { match: "same-rating gpt-5.5|grok-4.20-beta1", reason: ROUNDED_SCRAPES },
  { match: "same-rating grok-4-1-fast-reasoning|o3-2025-04-16", reason: ROUNDED_SCRAPES },
];

/** The flags no review covers. */
export function unreviewedSuspects(
  suspects: readonly IdentitySuspect[],
  reviewed: readonly ReviewedSuspect[] = REVIEWED_SUSPECTS,
): IdentitySuspect[] {
  return suspects.filter(
    (s) =>
      !reviewed.some((r) =>
        typeof r.match === "string" ? r.match === s.key : r.match.test(s.key),
      ),
  );
}

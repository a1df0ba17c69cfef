import { ANTHROPIC_REVIEW } from "./anthropic";
import { ASIAN_LABS_REVIEW } from "./asian-labs";
import { COMMUNITY_REVIEW } from "./community";
import { DEEPSEEK_REVIEW } from "./deepseek";
import { GOOGLE_REVIEW } from "./google";
import { META_REVIEW } from "./meta";
import { MISTRAL_COHERE_REVIEW } from "./mistral-cohere";
import { OPENAI_REVIEW } from "./openai";
import { OPENAI_GPT_5_REVIEW } from "./openai-gpt-5";
import { QWEN_REVIEW } from "./qwen";
import type { LicenceReview } from "./types";
import { XAI_AMAZON_PERPLEXITY_REVIEW } from "./xai-amazon-perplexity";

export type { LicenceReview } from "./types";

// Every model that has been a frontier candidate or in the top 40 of a latest board, checked by
// hand. Evidence: "model card" is the published card as the reviewer knows it; LMArena, arena.ai,
// llm-stats and models.dev are the labels in ../shared/data. "After the reviewer's knowledge"
// marks decisions taken on those sources alone.

/** Each family's list, sorted by slug in its own file. */
export const LICENCE_REVIEW_FAMILIES = {
  anthropic: ANTHROPIC_REVIEW,
  "asian-labs": ASIAN_LABS_REVIEW,
  community: COMMUNITY_REVIEW,
  deepseek: DEEPSEEK_REVIEW,
  google: GOOGLE_REVIEW,
  meta: META_REVIEW,
  "mistral-cohere": MISTRAL_COHERE_REVIEW,
  openai: OPENAI_REVIEW,
  "openai-gpt-5": OPENAI_GPT_5_REVIEW,
  qwen: QWEN_REVIEW,
  "xai-amazon-perplexity": XAI_AMAZON_PERPLEXITY_REVIEW,
} as const satisfies Record<string, readonly LicenceReview[]>;

export const LICENCE_REVIEW: readonly LicenceReview[] = Object.values(LICENCE_REVIEW_FAMILIES)
  .flat()
  .toSorted((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

const bySlug = new Map(LICENCE_REVIEW.map((r) => [r.slug, r]));

/** The reviewed decision for exactly this slug, if the review covers it. */
export function findLicenceReview(slug: string): LicenceReview | undefined {
  return bySlug.get(slug);
}

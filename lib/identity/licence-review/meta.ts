import type { LicenceReview } from "./types";

// Meta: Llama weights under their community licences, and models that never shipped weights.
export const META_REVIEW: readonly LicenceReview[] = [
  {
    slug: "codellama-34b-instruct",
    licenceClass: "open-restricted",
    licence: "Llama 2 Community",
    reason:
      "Weights published by Meta under the Llama 2 Community License (acceptable-use and 700M-MAU terms); every LMArena label agrees",
  },
  {
    slug: "llama-2-13b-chat",
    licenceClass: "open-restricted",
    licence: "Llama 2 Community",
    reason:
      "Weights published by Meta under the Llama 2 Community License (acceptable-use and 700M-MAU terms); every LMArena label agrees",
  },
  {
    slug: "llama-2-70b-chat",
    licenceClass: "open-restricted",
    licence: "Llama 2 Community",
    reason:
      "Weights published by Meta under the Llama 2 Community License (acceptable-use and 700M-MAU terms); every LMArena label agrees",
  },
  {
    slug: "llama-2-7b-chat",
    licenceClass: "open-restricted",
    licence: "Llama 2 Community",
    reason:
      "Weights published by Meta under the Llama 2 Community License (acceptable-use and 700M-MAU terms); every LMArena label agrees",
  },
  {
    slug: "llama-3-70b-instruct",
    licenceClass: "open-restricted",
    licence: "Llama 3 Community",
    reason:
      "Weights published by Meta under the Meta Llama 3 Community License; every LMArena label agrees",
  },
  {
    slug: "llama-3-8b-instruct",
    licenceClass: "open-restricted",
    licence: "Llama 3 Community",
    reason:
      "Weights published by Meta under the Meta Llama 3 Community License; every LMArena label agrees",
  },
  {
    slug: "llama-3.1-405b-instruct",
    licenceClass: "open-restricted",
    licence: "Llama 3.1 Community",
    reason:
      "Weights published under the Llama 3.1 Community License; LMArena agrees and llm-stats gives the Hugging Face weights link",
  },
  {
    slug: "llama-3.1-405b-instruct-bf16",
    licenceClass: "open-restricted",
    licence: "Llama 3.1 Community",
    reason:
      "Weights published under the Llama 3.1 Community License; LMArena agrees and llm-stats gives the Hugging Face weights link",
  },
  {
    slug: "llama-3.1-405b-instruct-fp8",
    licenceClass: "open-restricted",
    licence: "Llama 3.1 Community",
    reason:
      "Weights published under the Llama 3.1 Community License; LMArena agrees and llm-stats gives the Hugging Face weights link",
  },
  {
    slug: "llama-4-maverick-03-26-experimental",
    licenceClass: "proprietary",
    licence: "Proprietary (unreleased)",
    reason:
      "Chat-tuned experimental checkpoint Meta only served on LMArena; its weights were never published (LMArena's 'Llama' names the family, later N/A)",
  },
  {
    slug: "muse-spark",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Meta's Muse Spark (after the reviewer's knowledge) has no published weights in any source; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "muse-spark-1.1",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Meta's Muse Spark (after the reviewer's knowledge) has no published weights in any source; LMArena and arena.ai say Proprietary",
  },
  {
    slug: "muse-spark-1.2-xhigh",
    licenceClass: "proprietary",
    licence: "Proprietary",
    reason:
      "Meta's Muse Spark (after the reviewer's knowledge) has no published weights in any source; LMArena and arena.ai say Proprietary",
  },
];

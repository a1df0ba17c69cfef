import type { SourceInfo } from "../types";

export const info = {
  slug: "lmarena-dataset",
  name: "LMArena leaderboard dataset (Hugging Face)",
  publisher:
    "LMArena, via huggingface.co/datasets/lmarena-ai/leaderboard-dataset (and its CSV copy in github.com/Scarlett9826/arena-ai-leaderboards)",
  dataLicence:
    "CC BY 4.0 as cited by users of the dataset (the dataset card itself was not checked here); the CSV copy's repository is MIT",
  homepage: "https://huggingface.co/datasets/lmarena-ai/leaderboard-dataset",
  // A local mirror of the Hugging Face repository (Parquet), and a CSV copy of its daily `latest`
  // splits collapsed to publish dates (Scarlett9826/arena-ai-leaderboards, 2026-06-21 … 08-19).
  dataDir: ["lmarena-dataset", "lmarena-leaderboard-dataset-scarlett9826"],
  series:
    "LMArena's own published Arena scores with 95% intervals, per category and publish date, with and without style control",
  priority: 0,
  kind: "ratings",
  live: {
    envVar: "OPENGAP_URL_LMARENA_DATASET",
    defaultUrl: "https://huggingface.co/datasets/lmarena-ai/leaderboard-dataset/resolve/main",
  },
} satisfies SourceInfo;

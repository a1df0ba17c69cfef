import type { MetricSourceInfo } from "../metric-types";

/** The file's last version (0f4e5c6, 2025-03-21); the leaderboard was retired that March. */
export const EXPORT_DATE = "2025-03-21";

export const info = {
  slug: "open-llm-leaderboard",
  name: "Open LLM Leaderboard v2 (Hugging Face), final state",
  publisher: "Hugging Face, via github.com/fboulnois/llm-leaderboard-csv",
  dataLicence:
    "None stated for the data (the collecting repository is MPL-2.0; the upstream dataset card names none)",
  homepage: "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard",
  dataDir: "open-llm-leaderboard-v2-fboulnois",
  series:
    "Normalised average of six benchmarks (IFEval, BBH, MATH Lvl 5, GPQA, MuSR, MMLU-Pro) for models submitted by their own developers; open models only",
  kind: "metrics",
  nonCommercial: false,
  attribution:
    "Hugging Face Open LLM Leaderboard v2 (Fourrier et al.), final table via fboulnois/llm-leaderboard-csv",
} satisfies MetricSourceInfo;

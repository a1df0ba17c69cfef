import type { SourceInfo } from "../types";

export const info = {
  slug: "lab-flagships",
  name: "AI Arena History (flagship per lab)",
  publisher:
    "LMArena (Hugging Face dataset lmarena-ai/leaderboard-dataset), via github.com/mayerwin/AI-Arena-History",
  dataLicence:
    "MIT (mayerwin/AI-Arena-History); upstream dataset reported as CC-BY-4.0 by third parties, not verified",
  homepage: "https://mayerwin.github.io/AI-Arena-History/",
  dataDir: "ai-arena-history-mayerwin",
  series:
    "Flagship model per lab from the lmarena-ai/leaderboard-dataset overall rating (mayerwin/AI-Arena-History); 8 labs only, no Meta or DeepSeek",
  priority: 6,
  kind: "ratings",
  live: {
    envVar: "OPENGAP_URL_LAB_FLAGSHIPS",
    defaultUrl: "https://mayerwin.github.io/AI-Arena-History",
  },
} satisfies SourceInfo;

import type { SourceInfo } from "../types";

// Metadata only (no parser), so pages can list sources without loading adapters.
export const info = {
  slug: "openlm-ai",
  name: "openlm.ai Chatbot Arena mirror",
  publisher: "LMSYS, via openlm.ai/chatbot-arena (reconstructed from public text crawls)",
  dataLicence: "Not stated by openlm.ai; figures attributed there to LMSYS",
  homepage: "https://openlm.ai/chatbot-arena/",
  dataDir: "openlm-ai-reconstructed",
  series:
    "openlm.ai's mirror of the LMSYS leaderboard (Arena Elo), reconstructed from public crawls (top rows only)",
  priority: 7,
  kind: "ratings",
  live: { envVar: "OPENGAP_URL_OPENLM_AI", defaultUrl: "https://openlm.ai/chatbot-arena/" },
} satisfies SourceInfo;

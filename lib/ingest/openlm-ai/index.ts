import type { SourceAdapter, SourceInfo } from "../types";
import { fetchFiles } from "./fetch-files";
import { parseOpenlmPage } from "./parse-openlm-page";

const PAGE_FILE = /^chatbot-arena-\d{4}-\d{2}-\d{2}\.html$/;

const info: SourceInfo = {
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
};

export const openlmAiAdapter = {
  info,
  selectFiles: (listing) => listing.filter((p) => PAGE_FILE.test(p)),
  parse: (file) => parseOpenlmPage(file, info.slug),
  fetchFiles,
} satisfies SourceAdapter;

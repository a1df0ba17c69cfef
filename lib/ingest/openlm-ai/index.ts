import type { SourceAdapter } from "../types";
import { info } from "./info";
import { fetchFiles } from "./fetch-files";
import { parseOpenlmPage } from "./parse-openlm-page";

const PAGE_FILE = /^chatbot-arena-\d{4}-\d{2}-\d{2}\.html$/;

export const openlmAiAdapter = {
  info,
  selectFiles: (listing) => listing.filter((p) => PAGE_FILE.test(p)),
  parse: (file) => parseOpenlmPage(file, info.slug),
  fetchFiles,
} satisfies SourceAdapter;

import type { SourceAdapter } from "../types";
import { info } from "./info";
import { fetchFiles } from "./fetch-files";
import { parseResultWide } from "./parse-result-wide";

export const lmsysEloWideAdapter = {
  info,
  selectFiles: (listing) => listing.filter((p) => p === "result.csv"),
  parse: (file) => parseResultWide(file),
  fetchFiles,
} satisfies SourceAdapter;

import type { SourceAdapter } from "../types";
import { info } from "./info";
import { fetchFiles } from "./fetch-files";
import { parseAlltime } from "./parse-alltime";

export const lmsysEloHistoryAdapter = {
  info,
  // Every alltime.csv row already has License and Organization (joined upstream with
  // key_to_model.csv), so that lookup adds nothing; alltime_by_org.csv is derived from alltime.csv.
  selectFiles: (listing) => listing.filter((p) => p === "alltime.csv"),
  parse: (file) => parseAlltime(file),
  fetchFiles,
} satisfies SourceAdapter;

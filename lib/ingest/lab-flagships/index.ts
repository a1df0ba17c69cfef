import type { SourceAdapter } from "../types";
import { CHART_FILE, fetchFiles } from "./fetch-files";
import { info } from "./info";
import { parseChartData } from "./parse-chart-data";

// CHART_DATA_LATEST.json is skipped: 1,006 of its 1,495 points repeat HIGHEST's (date, model,
// rating) verbatim, so reading both would list the same model twice on one date.
function selectFiles(listing: readonly string[]): string[] {
  return listing.filter((p) => p === CHART_FILE);
}

export const labFlagshipsAdapter = {
  info,
  selectFiles,
  parse: parseChartData,
  fetchFiles,
} satisfies SourceAdapter;

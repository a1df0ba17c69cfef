import type { SourceAdapter } from "../types";
import { info } from "./info";
import { parseChartData } from "./parse-chart-data";

// CHART_DATA_LATEST.json is skipped: 1,006 of its 1,495 points repeat HIGHEST's (date, model,
// rating) verbatim, so reading both would list the same model twice on one date.
const CHART_FILE = "CHART_DATA_HIGHEST.json";

function selectFiles(listing: readonly string[]): string[] {
  return listing.filter((p) => p === CHART_FILE);
}

export const labFlagshipsAdapter = {
  info,
  selectFiles,
  parse: parseChartData,
} satisfies SourceAdapter;

import type { HttpClient, SourceFile } from "../types";
import { extractChartData } from "./extract-chart-data";

/** The one file the adapter reads, in the mirror and as the name of a live fetch. */
export const CHART_FILE = "CHART_DATA_HIGHEST.json";

/**
 * A mirror holds CHART_DATA_HIGHEST.json as cut out of data.js; the live site has only data.js,
 * so on a 404 the object literal is cut out here the same way.
 */
export async function fetchFiles(baseUrl: string, http: HttpClient): Promise<SourceFile[]> {
  const base = baseUrl.replace(/\/+$/, "");
  const json = await http.getOptionalText(`${base}/${CHART_FILE}`);
  if (json !== null) return [{ path: CHART_FILE, text: json }];
  const dataJs = `${base}/data.js`;
  return [{ path: CHART_FILE, text: extractChartData(await http.getText(dataJs), dataJs) }];
}

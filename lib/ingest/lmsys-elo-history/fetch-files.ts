import type { HttpClient, SourceFile } from "../types";

/** Downloads `alltime.csv`, the one file the adapter reads (it carries every date). */
export async function fetchFiles(baseUrl: string, http: HttpClient): Promise<SourceFile[]> {
  const base = baseUrl.replace(/\/+$/, "");
  return [{ path: "alltime.csv", text: await http.getText(`${base}/alltime.csv`) }];
}

import type { HttpClient, SourceFile } from "../types";

/** Downloads `result.csv`, the one file the adapter reads (one row per date). */
export async function fetchFiles(baseUrl: string, http: HttpClient): Promise<SourceFile[]> {
  const base = baseUrl.replace(/\/+$/, "");
  return [{ path: "result.csv", text: await http.getText(`${base}/result.csv`) }];
}

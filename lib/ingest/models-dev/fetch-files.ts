import type { HttpClient, SourceFile } from "../types";
import { API_FILE } from "./parse-api-json";

/** Downloads the live catalog, `api.json` (the TOML tree is only in the repository). */
export async function fetchFiles(baseUrl: string, http: HttpClient): Promise<SourceFile[]> {
  const base = baseUrl.replace(/\/+$/, "");
  return [{ path: API_FILE, text: await http.getText(`${base}/${API_FILE}`) }];
}

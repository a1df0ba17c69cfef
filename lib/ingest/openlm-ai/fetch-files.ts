import type { HttpClient, SourceFile } from "../types";

/** The name a live page gets; `parse` dates a page by its attribution line, never by its name. */
export const LIVE_PAGE = "chatbot-arena-live.html";

/** Downloads the page at `baseUrl` itself (the live page, or one saved page of a mirror). */
export async function fetchFiles(baseUrl: string, http: HttpClient): Promise<SourceFile[]> {
  return [{ path: LIVE_PAGE, text: await http.getText(baseUrl) }];
}

import { IngestError } from "../ingest-error";
import { toIsoDate } from "../parse-number";
import type { HttpClient, SourceFile } from "../types";
import { readJsonFile } from "../validate";
import { info } from "./info";
import { latestPointerSchema } from "./schema";

const BOARDS = ["text", "code"] as const;

/**
 * Follows `latest.json` to the newest daily folder and downloads its text and code boards,
 * named `data/<date>/<board>.json` as in the repository so `parse` reads the date from the path.
 */
export async function fetchFiles(baseUrl: string, http: HttpClient): Promise<SourceFile[]> {
  const base = baseUrl.replace(/\/+$/, "");
  const latestUrl = `${base}/latest.json`;
  const latestFile = { path: latestUrl, text: await http.getText(latestUrl) };
  const latest = readJsonFile(latestPointerSchema, latestFile, info.slug);
  if (toIsoDate(latest.date) !== latest.date) {
    throw new IngestError({
      source: info.slug,
      origin: latestUrl,
      field: "date",
      message: `not a calendar date: "${latest.date}"`,
    });
  }
  return Promise.all(
    BOARDS.map(async (board) => ({
      path: `data/${latest.date}/${board}.json`,
      text: await http.getText(`${base}/${latest.path}/${board}.json`),
    })),
  );
}

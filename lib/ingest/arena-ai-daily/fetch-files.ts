import { IngestError } from "../ingest-error";
import { toIsoDate } from "../parse-number";
import type { HttpClient, SourceFile } from "../types";
import { readJsonFile } from "../validate";
import { BOARDS, isBoardName } from "./boards";
import { info } from "./info";
import { dailyIndexSchema, latestPointerSchema } from "./schema";

/**
 * Follows `latest.json` to the newest daily folder and downloads the boards its `_index.json` says
 * that run fetched, named `data/<date>/<board>.json` as in the repository. A board carried over
 * from an earlier day is not listed there: it is the board already read, so nothing is lost.
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
  const folder = `${base}/${latest.path}`;
  const indexUrl = `${folder}/_index.json`;
  const index = readJsonFile(
    dailyIndexSchema,
    { path: indexUrl, text: await http.getText(indexUrl) },
    info.slug,
  );
  const boards = Object.keys(index.leaderboards).filter(isBoardName);
  const carried = (index.errors ?? []).some((e) => isBoardName(e.leaderboard));
  if (boards.length === 0 && !carried) {
    throw new IngestError({
      source: info.slug,
      origin: indexUrl,
      field: "leaderboards",
      message: `lists none of the boards read here (${Object.keys(BOARDS).join(", ")})`,
    });
  }
  return Promise.all(
    boards.map(async (board) => ({
      path: `data/${latest.date}/${board}.json`,
      text: await http.getText(`${folder}/${board}.json`),
    })),
  );
}

import type { HttpClient, SourceFile } from "../types";

const REQUIRED = "leaderboard-text.json";
// The style-control board and the price list are not always published next to the ratings.
const OPTIONAL = ["leaderboard-text-style-control.json", "scatterplot-data.json"];

/** Today's date in UTC, YYYY-MM-DD. */
function readToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Downloads the current boards and price list into `commit-<today>_live/`. The files carry no
 * date, so the fetch date stands in (as the commit date does for the history); the writer drops
 * a snapshot equal to the previous one, so an unchanged file stores nothing new.
 */
export async function fetchFiles(
  baseUrl: string,
  http: HttpClient,
  today: () => string = readToday,
): Promise<SourceFile[]> {
  const base = baseUrl.replace(/\/+$/, "");
  const folder = `commit-${today()}_live`;
  const [ratings, ...optional] = await Promise.all([
    http.getText(`${base}/${REQUIRED}`),
    ...OPTIONAL.map((name) => http.getOptionalText(`${base}/${name}`)),
  ]);
  const files: SourceFile[] = [{ path: `${folder}/${REQUIRED}`, text: ratings }];
  OPTIONAL.forEach((name, i) => {
    const text = optional[i];
    if (typeof text === "string") files.push({ path: `${folder}/${name}`, text });
  });
  return files;
}

import { IngestError } from "../ingest-error";
import { toIsoDate } from "../parse-number";
import type { ParsedSnapshot, SourceAdapter, SourceFile } from "../types";
import { toBoardDate } from "./board-dates";
import { fetchFiles } from "./fetch-files";
import { info } from "./info";
import { parseLeaderboard } from "./parse-leaderboard";
import { parseScatterplot } from "./parse-scatterplot";

// `commit-<date>_<hash>/<file>`: the files carry no publish date, so the commit date stands in
// unless BOARD_DATES knows the board is older; a live fetch names its folder `commit-<day>_live`.
const FILE_PATTERN =
  /^commit-(\d{4}-\d{2}-\d{2})_([0-9a-f]+|live)\/(leaderboard-(?:data|text)(?:-style-control)?|scatterplot-data)\.json$/;

function selectFiles(listing: readonly string[]): string[] {
  return listing.filter((p) => FILE_PATTERN.test(p));
}

function parse(file: SourceFile): ParsedSnapshot[] {
  const match = FILE_PATTERN.exec(file.path);
  const commitDate = match?.[1] ? toIsoDate(match[1]) : null;
  if (!match?.[2] || !commitDate) {
    throw new IngestError({
      source: info.slug,
      origin: file.path,
      message: "expected commit-YYYY-MM-DD_<hash or live>/<leaderboard or scatterplot file>.json",
    });
  }
  const publishedOn = toBoardDate(commitDate, match[2]);
  return match[3] === "scatterplot-data"
    ? [parseScatterplot(file, publishedOn)]
    : [parseLeaderboard(file, publishedOn)];
}

export const lmarenaCatalogAdapter = {
  info,
  selectFiles,
  parse,
  fetchFiles,
} satisfies SourceAdapter;

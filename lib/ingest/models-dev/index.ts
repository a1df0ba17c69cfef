import type { ParsedSnapshot, SourceAdapter, SourceFile } from "../types";
import { fetchFiles } from "./fetch-files";
import { info } from "./info";
import { API_FILE, parseApiJson } from "./parse-api-json";
import { parseModelFile } from "./parse-model-file";
import { parseProviderFile } from "./parse-provider-file";
import { selectFiles } from "./select-files";

/** Today's date in UTC, YYYY-MM-DD: api.json states none, so a live read is dated the day it is made. */
function readToday(): string {
  return new Date().toISOString().slice(0, 10);
}

// A catalog, not a leaderboard: every snapshot carries model facts and no scores.
function parse(file: SourceFile): ParsedSnapshot[] {
  if (file.path === API_FILE) return parseApiJson(file, readToday());
  return file.path.startsWith("providers/") ? parseProviderFile(file) : parseModelFile(file);
}

export const modelsDevAdapter = {
  info,
  selectFiles,
  parse,
  fetchFiles,
} satisfies SourceAdapter;

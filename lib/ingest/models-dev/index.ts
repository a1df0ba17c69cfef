import type { ParsedSnapshot, SourceAdapter, SourceFile } from "../types";
import { info } from "./info";
import { parseModelFile } from "./parse-model-file";
import { parseProviderFile } from "./parse-provider-file";
import { selectFiles } from "./select-files";

// A catalog, not a leaderboard: every snapshot carries model facts and no scores.
function parse(file: SourceFile): ParsedSnapshot[] {
  return file.path.startsWith("providers/") ? parseProviderFile(file) : parseModelFile(file);
}

export const modelsDevAdapter = {
  info,
  selectFiles,
  parse,
} satisfies SourceAdapter;

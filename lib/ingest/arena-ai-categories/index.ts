import { IngestError } from "../ingest-error";
import type { ParsedSnapshot, SourceAdapter, SourceFile } from "../types";
import { info } from "./info";
import { parseCategoryBoards } from "./parse-category-boards";

// The scraper's two files: style control (arena.ai's default) and `-no-style-control` pages.
const FILES: Record<string, boolean> = {
  "leaderboard-text-style-control.csv": true,
  "leaderboard-text.csv": false,
};

function parse(file: SourceFile): ParsedSnapshot[] {
  const styleControl = FILES[file.path];
  if (styleControl === undefined) {
    const message = `expected ${Object.keys(FILES).join(" or ")}`;
    throw new IngestError({ source: info.slug, origin: file.path, message });
  }
  return parseCategoryBoards(file, styleControl);
}

/**
 * Backfill only: the upstream repository keeps just the current state in lmarena/arena-catalog's
 * JSON layout (no scrape dates), states no licence, and its data stopped changing in 2026-07.
 */
export const arenaAiCategoriesAdapter = {
  info,
  selectFiles: (listing) => listing.filter((p) => Object.hasOwn(FILES, p)),
  parse,
} satisfies SourceAdapter;

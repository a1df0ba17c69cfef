import { makeDuplicateCheck } from "../duplicate-check";
import { makeModelFact } from "../model-fact";
import { normalizeCategory } from "../normalize-category";
import { toIsoDate } from "../parse-number";
import type { ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { readCsvTable, requireColumns, requireRows, validateRow } from "../validate";
import { IngestError } from "../ingest-error";
import { info } from "./info";
import { categoryRowSchema, REQUIRED_COLUMNS } from "./schema";

interface Block {
  commit: string;
  time: string;
  scores: ScoreRow[];
}

/**
 * One `leaderboard-text[-style-control].csv`: each block of rows is a category that changed in one
 * scrape, so a snapshot per scrape day holds only those. Of two scrapes in a day, the later stands.
 */
// The first version (2026-02-26, a manual run that could seed stale arena-catalog values) is kept:
// its 13 categories here hold that day's boards (316 overall, 34 models the catalog never had, 4–33 %
// of values equal to the catalog's), and its raw overall is LMArena's 02-25 publish (8/9 flagships).
export function parseCategoryBoards(file: SourceFile, styleControl: boolean): ParsedSnapshot[] {
  const source = info.slug;
  const origin = file.path;
  const table = readCsvTable(file.text, source, origin);
  requireColumns(table.header, REQUIRED_COLUMNS, { source, origin });
  requireRows(table.rows.length, { source, origin });
  const blocks = new Map<string, Map<string, Block>>();
  const commitTime = new Map<string, string>();
  const isNew = makeDuplicateCheck({ source, origin });
  table.rows.forEach((raw, i) => {
    const row = i + 2;
    const entry = validateRow(categoryRowSchema, raw, { source, origin, row });
    const time = commitTime.get(entry.commit) ?? entry.commit_time_utc;
    commitTime.set(entry.commit, time);
    if (time !== entry.commit_time_utc) {
      const message = `commit ${entry.commit} is dated ${time} on an earlier row`;
      throw new IngestError({ source, origin, row, field: "commit_time_utc", message });
    }
    const category = normalizeCategory(entry.category);
    const key = `${entry.commit}\u0000${category}\u0000${entry.model}`;
    const message = `duplicate model "${entry.model}" in category "${category}" of commit ${entry.commit}`;
    isNew(key, { row, field: "model", message });
    const byCategory = blocks.get(entry.commit) ?? new Map<string, Block>();
    blocks.set(entry.commit, byCategory);
    const block = byCategory.get(category) ?? { commit: entry.commit, time, scores: [] };
    byCategory.set(category, block);
    block.scores.push({
      model: entry.model,
      category,
      rating: entry.rating,
      lower: entry.rating_q025,
      upper: entry.rating_q975,
      votes: null,
      rank: null,
    });
  });
  return toDailySnapshots(
    [...blocks.values()].flatMap((m) => [...m.values()]),
    file,
    styleControl,
  );
}

function toDailySnapshots(
  blocks: Block[],
  file: SourceFile,
  styleControl: boolean,
): ParsedSnapshot[] {
  const days = new Map<string, Map<string, Block>>();
  for (const block of blocks.toSorted((a, b) => a.time.localeCompare(b.time))) {
    const day = toIsoDate(block.time.slice(0, 10)) ?? block.time.slice(0, 10);
    const categories = days.get(day) ?? new Map<string, Block>();
    days.set(day, categories);
    categories.set(block.scores[0]?.category ?? "", block);
  }
  return [...days.entries()].map(([publishedOn, categories]) => {
    const kept = [...categories.values()];
    const scores = kept.flatMap((b) => b.scores);
    const commits = [...new Set(kept.map((b) => b.commit))];
    return {
      arena: "text",
      publishedOn,
      styleControl,
      coverage: "complete",
      origin: commits.map((c) => `${file.path}#${c}`).join(", "),
      scores,
      // Names only: the scrape has no organisation or licence; other arena.ai sources supply them.
      models: [...new Set(scores.map((s) => s.model))].map((name) => makeModelFact(name)),
    };
  });
}

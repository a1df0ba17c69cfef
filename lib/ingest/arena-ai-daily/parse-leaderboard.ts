import { dropAmbiguousRows } from "../drop-ambiguous-rows";
import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import type { ParsedSnapshot, ScoreRow, SourceFile } from "../types";
import { readJsonFile, requireRows, validateRow } from "../validate";
import { BOARDS, type BoardName } from "./boards";
import { info } from "./info";
import { readBoardDate } from "./read-board-date";
import { extractedRowSchema, leaderboardFileSchema, parsedRowSchema } from "./schema";

interface Row {
  score: ScoreRow | null;
  fact: ReturnType<typeof makeModelFact>;
}

/**
 * Parses one `data/<date>/<board>.json`. The board is dated by its own "Last updated" date when
 * the page showed one, else by the day it was fetched (`meta.fetched_at`, which a carried-over
 * copy keeps from the day it was first read); `combineBoards` then merges repeated reads.
 */
export function parseLeaderboard(file: SourceFile, board: BoardName): ParsedSnapshot {
  const origin = file.path;
  const source = info.slug;
  const raw = readJsonFile(leaderboardFileSchema, file, source);
  if (raw.meta.leaderboard !== board) {
    throw new IngestError({
      source,
      origin,
      field: "meta.leaderboard",
      message: `expected "${board}" for this file, got "${raw.meta.leaderboard}"`,
    });
  }
  const label = raw.meta.last_updated;
  const labelled = readBoardDate(label);
  if (label && !labelled) {
    const message = `not a date like "Aug 21, 2026": "${label}"`;
    throw new IngestError({ source, origin, field: "meta.last_updated", message });
  }
  // The parser layout (from 2026-07-16) splits the interval and reads the whole table.
  const first: unknown = raw.models[0];
  const isFullTable = typeof first === "object" && first !== null && "ci_low" in first;
  const { category, arena, styleControl } = BOARDS[board];
  const rows = raw.models.map((value, index): Row => {
    const ctx = { source, origin, row: index + 1, where: `models[${index}]` };
    return isFullTable
      ? toFullTableRow(validateRow(parsedRowSchema, value, ctx), category)
      : toExtractedRow(validateRow(extractedRowSchema, value, ctx), category);
  });
  const { kept } = dropAmbiguousRows(
    rows,
    (r) => r.fact.name,
    (r) => JSON.stringify([r.score && { ...r.score, rank: null }, r.fact]),
  );
  const scores = kept.flatMap((r) => (r.score ? [r.score] : []));
  requireRows(scores.length, { source, origin, field: "models" });
  return {
    arena,
    publishedOn: labelled ?? raw.meta.fetched_at.slice(0, 10),
    styleControl,
    coverage: isFullTable ? "complete" : "partial",
    origin,
    scores,
    // Every listed model, also one left out as ambiguous: its name and vendor are still facts.
    models: rows
      .map((r) => r.fact)
      .filter((f, i, all) => all.findIndex((g) => g.name === f.name) === i),
  };
}

type Extracted = ReturnType<typeof extractedRowSchema.parse>;
type FullTable = ReturnType<typeof parsedRowSchema.parse>;

function toExtractedRow(entry: Extracted, category: string): Row {
  const { score, ci } = entry;
  const bounds = ci === null || score === null ? null : { minus: ci, plus: ci };
  return { score: toScore(entry, category, bounds), fact: toFact(entry) };
}

function toFullTableRow(entry: FullTable, category: string): Row {
  const { ci_low: minus, ci_high: plus } = entry;
  const bounds = minus === null || plus === null ? null : { minus, plus };
  const fact = toFact(entry, {
    inputPricePerM: entry.price_prompt,
    outputPricePerM: entry.price_completion,
    contextWindow: entry.context_length,
  });
  return { score: toScore(entry, category, bounds), fact };
}

// A listed but unrated model (null score) has nothing to plot; its fact is still kept.
function toScore(
  entry: Extracted | FullTable,
  category: string,
  bounds: { minus: number; plus: number } | null,
): ScoreRow | null {
  if (entry.score === null) return null;
  return {
    model: entry.model,
    category,
    rating: entry.score,
    lower: bounds ? entry.score - bounds.minus : null,
    upper: bounds ? entry.score + bounds.plus : null,
    votes: entry.votes,
    rank: entry.rank,
  };
}

function toFact(entry: Extracted | FullTable, known: Parameters<typeof makeModelFact>[1] = {}) {
  return makeModelFact(entry.model, {
    organization: entry.vendor,
    licence: entry.license,
    // The scraper states open vs proprietary explicitly, so it counts as an open-weights claim.
    openWeights: entry.license === null ? null : entry.license === "open",
    ...known,
  });
}

import type { ModelFact, ParsedSnapshot, ScoreRow } from "../types";
import { FILE_PATTERN } from "./boards";

interface Board {
  snap: ParsedSnapshot;
}

/**
 * One snapshot per board version, in fetch order: a read that agrees with the previous version (or
 * the one holding its date) on every shared rating, bound and vote is that version again, so it
 * only adds rows; any other read is a new version, dated by its page date, else its fetch day.
 */
export function combineBoards(parsed: readonly ParsedSnapshot[]): ParsedSnapshot[] {
  const series = new Map<string, ParsedSnapshot[]>();
  for (const snap of parsed) {
    const key = `${snap.arena}|${snap.styleControl}|${categoriesOf(snap)}`;
    const reads = series.get(key) ?? [];
    reads.push(snap);
    series.set(key, reads);
  }
  const out: ParsedSnapshot[] = [];
  for (const reads of series.values()) out.push(...combineSeries(reads));
  return out.sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));
}

function combineSeries(reads: readonly ParsedSnapshot[]): ParsedSnapshot[] {
  const ordered = [...reads].sort((a, b) => fetchDayOf(a).localeCompare(fetchDayOf(b)));
  const byDate = new Map<string, Board>();
  let last: Board | undefined;
  for (const read of ordered) {
    const same = [last, byDate.get(read.publishedOn)].find((b) => b && isSameBoard(b.snap, read));
    if (same) {
      absorb(same, read);
      // A board first read without a date keeps the earliest date any read of it gives.
      const held = same.snap.publishedOn;
      if (read.publishedOn < held && !byDate.has(read.publishedOn)) {
        byDate.delete(held);
        same.snap = { ...same.snap, publishedOn: read.publishedOn };
        byDate.set(read.publishedOn, same);
      }
      last = same;
      continue;
    }
    // The page's date did not move although the board did (text "Aug 1" on 08-01 and 08-03; the
    // 08-03 read is LMArena's 08-03 publish): date it by the day it was fetched.
    const publishedOn = byDate.has(read.publishedOn) ? fetchDayOf(read) : read.publishedOn;
    // A second different read on one fetch day (code.json and code-webdev.json): the later wins.
    last = { snap: { ...read, publishedOn, scores: [...read.scores], models: [...read.models] } };
    byDate.set(publishedOn, last);
  }
  return [...byDate.values()].map((b) => b.snap);
}

/** The folder date of `data/<date>/<board>.json`: the fetch day, except for carried-over copies. */
function fetchDayOf(snap: ParsedSnapshot): string {
  return FILE_PATTERN.exec(snap.origin)?.[1] ?? snap.publishedOn;
}

function categoriesOf(snap: ParsedSnapshot): string {
  return [...new Set(snap.scores.map((s) => s.category))].sort().join(",");
}

const keyOf = (s: ScoreRow) => `${s.model}\u0000${s.category}`;

/** Agreement on every shared row (at least one); two whole tables must also list the same rows. */
function isSameBoard(a: ParsedSnapshot, b: ParsedSnapshot): boolean {
  const rows = new Map(a.scores.map((s) => [keyOf(s), s]));
  let shared = 0;
  for (const s of b.scores) {
    const r = rows.get(keyOf(s));
    if (!r) continue;
    if (r.rating !== s.rating || r.lower !== s.lower || r.upper !== s.upper || r.votes !== s.votes)
      return false;
    shared += 1;
  }
  if (shared === 0) return false;
  if (a.coverage === "complete" && b.coverage === "complete")
    return shared === a.scores.length && shared === b.scores.length;
  return true;
}

function absorb(board: Board, read: ParsedSnapshot): void {
  const snap = board.snap;
  if (snap.coverage === "complete") return;
  if (read.coverage === "complete") {
    board.snap = { ...read, publishedOn: snap.publishedOn };
    return;
  }
  const have = new Set(snap.scores.map(keyOf));
  const added = read.scores.filter((s) => !have.has(keyOf(s)));
  if (added.length === 0) return;
  const names = new Set(snap.models.map((m) => m.name));
  const facts: ModelFact[] = read.models.filter((m) => !names.has(m.name));
  board.snap = {
    ...snap,
    origin: `${snap.origin}, ${read.origin}`,
    scores: [...snap.scores, ...added],
    models: [...snap.models, ...facts],
  };
}

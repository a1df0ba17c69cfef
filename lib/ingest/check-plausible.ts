import { addDays } from "@/lib/dates/iso-date";
import { IngestError } from "./ingest-error";
import type { ModelFact, ParsedSnapshot, ScoreRow } from "./types";

/**
 * Bounds a value from any source must fall in. Arena-style ratings sit between ~700 and ~1,600;
 * intervals of low-vote categories reach ~430 points wide (e.g. a 7B model in the Korean
 * category); a price above $10,000 per million tokens or a model above 100 trillion parameters
 * is a broken feed, not news.
 */
export const PLAUSIBLE = {
  rating: [100, 3_000],
  intervalWidth: 1_000,
  votes: [0, 1e9],
  rank: [1, 100_000],
  pricePerM: [0, 10_000],
  parametersB: [0.001, 100_000],
  contextWindow: [1, 1e9],
  firstDate: "2023-01-01",
  firstReleaseDate: "2015-01-01",
} as const;

type Range = readonly [number, number];

export interface PlausibleOptions {
  /**
   * Only for db/cli/scale-history.ts, whose synthetic copies of the real history are dated
   * this many days before it: both date floors move back by exactly that much. Real sources
   * never pass it, so a real board dated before 2023 is still refused.
   */
  shiftedBackDays?: number;
}

/**
 * Checks every rating and fact of a parsed source against PLAUSIBLE and the fetch date (a board
 * dated after tomorrow is a broken date, not the future). Throws an IngestError naming the
 * source, file, row and field of the first violation; nothing of the source is written then.
 */
export function checkPlausible(
  source: string,
  snapshots: readonly ParsedSnapshot[],
  fetchedOn: string,
  options: PlausibleOptions = {},
): void {
  const latest = addDays(fetchedOn, 1);
  const back = -(options.shiftedBackDays ?? 0);
  const firstDate = addDays(PLAUSIBLE.firstDate, back);
  const firstReleaseDate = addDays(PLAUSIBLE.firstReleaseDate, back);
  for (const snap of snapshots) {
    const at = (row: number | null, field: string, message: string) =>
      new IngestError({ source, origin: snap.origin, row, field, message });
    if (snap.publishedOn < firstDate || snap.publishedOn > latest)
      throw at(
        null,
        "date",
        `board date ${snap.publishedOn} is outside ${firstDate} … ${latest} (fetch date + 1 day)`,
      );
    snap.scores.forEach((s, i) => {
      const problem = checkScore(s);
      if (problem)
        throw at(i + 1, problem.field, `${problem.message} for "${s.model}" (${s.category})`);
    });
    snap.models.forEach((f, i) => {
      const problem = checkFact(f, firstReleaseDate, latest);
      if (problem) throw at(i + 1, problem.field, `${problem.message} for "${f.name}"`);
    });
  }
}

type Problem = { field: string; message: string } | null;

function outside(field: string, value: number | null, [min, max]: Range, integer = false): Problem {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < min || value > max)
    return { field, message: `${value} is outside the plausible range ${min} … ${max}` };
  if (integer && !Number.isInteger(value))
    return { field, message: `${value} is not a whole number` };
  return null;
}

function checkScore(s: ScoreRow): Problem {
  const basic =
    outside("rating", s.rating, PLAUSIBLE.rating) ??
    outside("lower", s.lower, PLAUSIBLE.rating) ??
    outside("upper", s.upper, PLAUSIBLE.rating) ??
    outside("votes", s.votes, PLAUSIBLE.votes, true) ??
    outside("rank", s.rank, PLAUSIBLE.rank, true);
  if (basic) return basic;
  if (s.lower !== null && s.lower > s.rating)
    return { field: "lower", message: `lower bound ${s.lower} is above the rating ${s.rating}` };
  if (s.upper !== null && s.upper < s.rating)
    return { field: "upper", message: `upper bound ${s.upper} is below the rating ${s.rating}` };
  if (s.lower !== null && s.upper !== null && s.upper - s.lower > PLAUSIBLE.intervalWidth)
    return {
      field: "upper",
      message: `interval ${s.lower} … ${s.upper} is wider than ${PLAUSIBLE.intervalWidth} points`,
    };
  return null;
}

function checkFact(f: ModelFact, first: string, latest: string): Problem {
  const date = f.releaseDate;
  if (date !== null && (date < first || date > latest))
    return { field: "releaseDate", message: `${date} is outside ${first} … ${latest}` };
  return (
    outside("inputPricePerM", f.inputPricePerM, PLAUSIBLE.pricePerM) ??
    outside("outputPricePerM", f.outputPricePerM, PLAUSIBLE.pricePerM) ??
    outside("parametersB", f.parametersB, PLAUSIBLE.parametersB) ??
    outside("activeParametersB", f.activeParametersB, PLAUSIBLE.parametersB) ??
    outside("contextWindow", f.contextWindow, PLAUSIBLE.contextWindow, true)
  );
}

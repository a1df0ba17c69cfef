import { daysBetween } from "@/lib/dates/iso-date";
import { pairSourcePoints } from "./pair-source-points";
import type { PointPair } from "./pair-source-points";
import type { GapPoint, SourceDisagreement } from "./types";

export const DISAGREEMENT_WINDOW_DAYS = 14;
export const DISAGREEMENT_THRESHOLD_POINTS = 25;

/**
 * Where two sources tell different stories: paired points (`pairSourcePoints`) whose gaps differ
 * by more than `thresholdPoints`, merged into stretches. An agreeing pair ends a stretch, and so
 * does a hole over 2 × windowDays, so nothing is claimed about dates neither source covers.
 */
export function compareSources(
  seriesBySource: Readonly<Record<string, readonly GapPoint[]>>,
  windowDays: number = DISAGREEMENT_WINDOW_DAYS,
  thresholdPoints: number = DISAGREEMENT_THRESHOLD_POINTS,
): SourceDisagreement[] {
  const out: SourceDisagreement[] = [];
  for (const { sources, pairs } of pairSourcePoints(seriesBySource, windowDays)) {
    let run: PointPair[] = [];
    const close = () => {
      if (run.length > 0) out.push(toDisagreement(sources, run));
      run = [];
    };
    for (const pair of pairs) {
      const previous = run.at(-1);
      if (previous && daysBetween(previous.a.date, pair.a.date) > 2 * windowDays) close();
      if (Math.abs(pair.difference) > thresholdPoints) run.push(pair);
      else close();
    }
    close();
  }
  return out;
}

function toDisagreement(sources: [string, string], run: readonly PointPair[]): SourceDisagreement {
  const dates = run.flatMap((p) => [p.a.date, p.b.date]).sort();
  const worst = run.reduce((w, p) => (Math.abs(p.difference) > Math.abs(w.difference) ? p : w));
  return {
    sources,
    from: dates[0] ?? worst.a.date,
    to: dates.at(-1) ?? worst.a.date,
    maxDifference: Math.abs(worst.difference),
    pairs: run.length,
    example: { a: worst.a, b: worst.b },
  };
}

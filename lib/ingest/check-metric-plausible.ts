import { IngestError } from "./ingest-error";
import type { ParsedMetricExport } from "./metric-types";

/** Benchmarks began well after this; an earlier model date is a broken cell. */
export const FIRST_METRIC_DATE = "2015-01-01";
/** An interval wider than half the metric's range is a broken error column, not uncertainty. */
const INTERVAL_SHARE = 0.5;

/**
 * Checks every score of a parsed benchmark source against its metric's own range (0–100 for a
 * percentage, the index range for ECI), its interval, and dates up to the fetch date + 1 day.
 * Throws an IngestError naming source, file, row and field of the first violation.
 */
export function checkMetricPlausible(
  source: string,
  exports: readonly ParsedMetricExport[],
  fetchedOn: string,
): void {
  const latest = addDays(fetchedOn, 1);
  for (const ex of exports) {
    const [min, max] = ex.metric.plausible;
    const fail = (row: number | null, field: string, message: string) =>
      new IngestError({ source, origin: ex.origin, row, field, message });
    if (!isDateIn(ex.exportedOn, FIRST_METRIC_DATE, latest))
      throw fail(
        null,
        "exportedOn",
        `export date ${ex.exportedOn} is outside ${FIRST_METRIC_DATE} … ${latest}`,
      );
    const keys = new Set<string>();
    ex.scores.forEach((s, i) => {
      const at = (field: string, message: string) =>
        fail(i + 1, field, `${message} for "${s.name}" (${ex.metric.slug})`);
      if (keys.has(s.key)) throw at("key", `repeated key "${s.key}"`);
      keys.add(s.key);
      for (const [field, v] of [
        ["score", s.score],
        ["lower", s.lower],
        ["upper", s.upper],
      ] as const)
        if (v !== null && (!Number.isFinite(v) || v < min || v > max))
          throw at(field, `${v} is outside the plausible range ${min} … ${max}`);
      if (s.lower !== null && s.lower > s.score)
        throw at("lower", `lower bound ${s.lower} is above the score ${s.score}`);
      if (s.upper !== null && s.upper < s.score)
        throw at("upper", `upper bound ${s.upper} is below the score ${s.score}`);
      if (s.lower !== null && s.upper !== null && s.upper - s.lower > (max - min) * INTERVAL_SHARE)
        throw at("upper", `interval ${s.lower} … ${s.upper} is wider than half the metric's range`);
      if (s.date !== null && !isDateIn(s.date, FIRST_METRIC_DATE, latest))
        throw at("date", `${s.date} is outside ${FIRST_METRIC_DATE} … ${latest}`);
    });
  }
}

function isDateIn(date: string, first: string, last: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= first && date <= last;
}

function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

import { computeMonthsBehind } from "@/lib/gap/compute-months-behind";
import type { GapPoint, ProprietaryStep, RatedModel } from "@/lib/gap/types";
import { BENCHMARK_DATE_CORRECTIONS } from "@/lib/identity/benchmark-overrides";
import { OPENNESS_BASES, type MetricDirection, type OpennessBasis } from "./metric-domain";
import { assignSide } from "./assign-side";
import type {
  ExportSummary,
  MetricGapPoint,
  MetricScorePoint,
  MetricSeries,
  MetricSummary,
  SidedScore,
} from "./types";

/** The score turned so that bigger is always better (lower-is-better metrics are negated). */
export function orient(direction: MetricDirection, v: number): number {
  return direction === "higher" ? v : -v;
}

/**
 * The gap over time within ONE export of one metric. For every date on which a score of this
 * export became available: the best open and best closed score among models available by then,
 * the gap in the metric's own unit (positive: closed ahead) and months behind computed exactly
 * as on Arena (lib/gap/compute-months-behind.ts), with this export as the one snapshot: R is the
 * best open score as of the date, the closed frontier over time is built from this export's
 * scores by availability, and the date the frontier first reached R is subtracted.
 * Dates are the scores' own (release or submission), so the series steps exactly where the
 * frontier can change; a monthly grid would repeat points or hide changes within a month.
 */
export function buildMetricSeries(
  metric: MetricSummary,
  ex: ExportSummary,
  scores: readonly MetricScorePoint[],
  /** Extra dates to read the gap at (a published figure's date), up to the export's date. */
  options: { at?: readonly string[] } = {},
): MetricSeries {
  const sided = scores.map((s) => assignSide(metric.source, s));
  const v = (s: SidedScore) => orient(metric.direction, s.score);
  const usable = sided
    .filter((s): s is SidedScore & { date: string } => s.date !== null && s.side !== null)
    .toSorted((a, b) => a.date.localeCompare(b.date) || v(b) - v(a) || a.key.localeCompare(b.key));
  const historyStart = usable[0]?.date ?? ex.exportedOn;
  const lastDate = usable.at(-1)?.date;
  const asOf = lastDate && lastDate > ex.exportedOn ? lastDate : ex.exportedOn;
  const extra = (options.at ?? []).filter((d) => d >= historyStart && d <= asOf);
  const dates = [
    ...new Set([...usable.map((s) => s.date), ...extra, ...(lastDate ? [asOf] : [])]),
  ].toSorted();

  const steps = closedFrontier(usable, v);
  const points: MetricGapPoint[] = [];
  let open: SidedScore | null = null;
  let closed: SidedScore | null = null;
  let i = 0;
  for (const date of dates) {
    for (; i < usable.length && (usable[i]?.date ?? "") <= date; i++) {
      const s = usable[i] as SidedScore;
      if (s.side === "open" && (!open || v(s) > v(open))) open = s;
      if (s.side === "closed" && (!closed || v(s) > v(closed))) closed = s;
    }
    const gapPoint = toGapPoint(date, metric, open, closed);
    const behind =
      open && closed
        ? computeMonthsBehind(
            gapPoint,
            steps.filter((s) => s.availableFrom <= date),
            historyStart,
          )
        : null;
    points.push({ date, open, closed, gap: gapPoint.gap, tied: gapPoint.tied, behind });
  }
  const latest = points.at(-1) ?? null;
  const bar = latest?.open ? v(latest.open) : null;
  return {
    metric,
    export: ex,
    asOf,
    points,
    latest,
    uncountedAhead: sided
      .filter((s) => s.side === null && s.openness !== "unreleased" && bar !== null && v(s) > bar)
      .toSorted((a, b) => v(b) - v(a)),
    counts: {
      open: sided.filter((s) => s.side === "open").length,
      closed: sided.filter((s) => s.side === "closed").length,
      unknown: sided.filter((s) => s.side === null && s.openness !== "unreleased").length,
      undated: sided.filter((s) => s.date === null).length,
      unreleased: sided.filter((s) => s.openness === "unreleased").length,
    },
    sideBases: countBases(sided),
    corrections: sided.flatMap((s) => {
      const fix = BENCHMARK_DATE_CORRECTIONS.find(
        (c) => c.source === metric.source && c.key === s.key,
      );
      return fix && s.statedDate
        ? [{ key: s.key, stated: fix.stated, date: fix.date, reason: fix.reason }]
        : [];
    }),
  };
}

/** Each closed score that beats every closed score available before it, oldest first. */
function closedFrontier(
  usable: readonly (SidedScore & { date: string })[],
  v: (s: SidedScore) => number,
): ProprietaryStep[] {
  const steps: ProprietaryStep[] = [];
  for (const s of usable) {
    if (s.side !== "closed") continue;
    const top = steps.at(-1);
    if (top && v(s) <= top.rating) continue;
    steps.push({
      slug: s.key,
      name: s.name,
      availableFrom: s.date,
      // A release date says when the model came out; a submission or listing date only that it
      // existed by then (censored when it is the export's first day, as on Arena).
      basis: s.dateBasis === "release" ? "release" : "appearance",
      rating: v(s),
    });
  }
  return steps;
}

function toGapPoint(
  date: string,
  metric: MetricSummary,
  open: SidedScore | null,
  closed: SidedScore | null,
): GapPoint {
  const rated = (s: SidedScore | null): RatedModel | null => {
    if (!s) return null;
    const lo = s.lower === null ? null : orient(metric.direction, s.lower);
    const hi = s.upper === null ? null : orient(metric.direction, s.upper);
    return {
      slug: s.key,
      name: s.name,
      organization: s.organization,
      licenceClass: s.side === "open" ? "open-osi" : "proprietary",
      rating: orient(metric.direction, s.score),
      // Negating swaps the bounds of a lower-is-better interval.
      lower: lo !== null && hi !== null ? Math.min(lo, hi) : lo,
      upper: lo !== null && hi !== null ? Math.max(lo, hi) : hi,
    };
  };
  const o = rated(open);
  const c = rated(closed);
  const gap = o && c ? c.rating - o.rating : null;
  const overlap =
    o && c && o.lower !== null && o.upper !== null && c.lower !== null && c.upper !== null
      ? o.lower <= c.upper && c.lower <= o.upper
      : null;
  return {
    snapshotId: 0,
    date,
    source: metric.source,
    coverage: "complete",
    open: o,
    closed: c,
    gap,
    gapPct: null,
    tied: overlap,
  };
}

function countBases(sided: readonly SidedScore[]): Record<OpennessBasis, number> {
  const out = Object.fromEntries(OPENNESS_BASES.map((b) => [b, 0])) as Record<
    OpennessBasis,
    number
  >;
  for (const s of sided) out[s.sideBasis]++;
  return out;
}

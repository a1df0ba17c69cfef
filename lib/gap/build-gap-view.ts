import type { LicenceClass } from "@/lib/domain";
import { compareSources } from "./compare-sources";
import { computeGap } from "./compute-gap";
import { computeGapChange } from "./compute-gap-change";
import { computeMonthsBehind } from "./compute-months-behind";
import { detectMethodChanges, type ScaleShiftInput } from "./detect-method-changes";
import { findOpenRecords } from "./find-open-records";
import { METHOD_CHANGES } from "./method-changes";
import { NOTABLE_RELEASES } from "./notable-releases";
import { stitchRank, stitchSources, type StitchCandidate } from "./stitch-sources";
import { summariseOverlap } from "./summarise-overlap";
import { thinBySource, thinSeries } from "./thin-series";
import type {
  GapChange,
  GapPoint,
  MethodChange,
  MonthsBehind,
  NotableRelease,
  RatedModel,
  SnapshotFrontier,
  SourceDisagreement,
  SourceOverlap,
} from "./types";

export type ViewPoint = GapPoint & { behind: MonthsBehind | null };

export interface GapView {
  /**
   * What the chart draws: one complete board per date (stitched) or the chosen source, within
   * the range; past MAX_SERIES_POINTS, thinned to real snapshots (lib/gap/thin-series.ts).
   */
  series: ViewPoint[];
  /** How many points the range holds when `series` was thinned; null when every one is drawn. */
  thinnedFrom: number | null;
  latest: ViewPoint | null;
  changes: { months: number; change: GapChange | null }[];
  records: GapPoint[];
  sourceSwitches: { date: string; from: string; to: string }[];
  methodChanges: MethodChange[];
  releases: NotableRelease[];
  /** Every source's own series within the range (thinned like `series`), for the cross-source comparison. */
  bySource: Record<string, GapPoint[]>;
  disagreements: SourceDisagreement[];
  overlaps: SourceOverlap[];
  /**
   * On the latest snapshot: a model whose licence is unknown but which rates above the best open
   * model. Counted on neither side until the reviewed licence file decides it; the page names it.
   */
  uncounted: RatedModel | null;
}

export const CHANGE_WINDOWS = [3, 6, 12] as const;

export interface GapViewOptions {
  openClasses: readonly LicenceClass[];
  source: string;
  from: string | null;
  to: string | null;
  /** First date of the whole history (see computeMonthsBehind). */
  historyStart: string;
  scaleShifts: readonly ScaleShiftInput[];
}

/**
 * Stitched timeline whose last point is always the board's newest complete snapshot (the "today"
 * every page names, lib/today/pick-board-today.ts), even where a preferred source published a
 * few days earlier.
 */
function stitchWithToday<T extends ViewPoint & StitchCandidate>(points: T[]): T[] {
  const stitched = stitchSources(points);
  const today = points.reduce<T | null>(
    (best, p) =>
      !best || p.date > best.date || (p.date === best.date && stitchRank(p) < stitchRank(best))
        ? p
        : best,
    null,
  );
  if (!today || stitched.includes(today)) return stitched;
  return [...stitched.filter((p) => p.date <= today.date && p.date !== today.date), today];
}

const aboveOpen = (m: RatedModel | null, p: GapPoint): RatedModel | null =>
  m && p.open && m.rating > p.open.rating ? m : null;

const hasIntervals = (p: GapPoint) =>
  p.open?.lower != null &&
  p.open.upper != null &&
  p.closed?.lower != null &&
  p.closed.upper != null;

/**
 * Everything the gap view shows, from one board's frontiers. Gap and months behind are computed
 * inside each snapshot; the default timeline ("all") stitches complete boards only, preferring
 * snapshots with intervals. Open records are found per source, never across sources.
 */
export function buildGapView(
  frontiers: readonly SnapshotFrontier[],
  opts: GapViewOptions,
): GapView {
  const fullBySource = new Map<string, ViewPoint[]>();
  const unknownBest = new Map(frontiers.map((f) => [f.snapshotId, f.best.unknown ?? null]));
  const priority = new Map<string, number>();
  for (const f of frontiers) {
    priority.set(f.source, f.sourcePriority);
    const p = computeGap(f, opts.openClasses);
    if (p.gap === null) continue;
    const point = { ...p, behind: computeMonthsBehind(p, f.steps, opts.historyStart) };
    const list = fullBySource.get(f.source);
    if (list) list.push(point);
    else fullBySource.set(f.source, [point]);
  }
  const records = new Set<number>();
  for (const series of fullBySource.values())
    findOpenRecords(series).forEach((r) => records.add(r.snapshotId));
  const inRange = (date: string) =>
    (!opts.from || date >= opts.from) && (!opts.to || date <= opts.to);
  const all = [...fullBySource.values()].flat();
  const chosen: ViewPoint[] =
    opts.source === "all"
      ? stitchWithToday(
          all
            .filter((p) => p.coverage === "complete")
            .map((p) => ({
              ...p,
              sourcePriority: priority.get(p.source) ?? 999,
              hasIntervals: hasIntervals(p),
            })),
        ).map(({ sourcePriority: _p, hasIntervals: _i, ...p }) => p)
      : all.filter((p) => p.source === opts.source).sort((a, b) => a.date.localeCompare(b.date));
  const series = chosen.filter((p) => inRange(p.date));
  const latest = series.at(-1) ?? null;
  const bySource = Object.fromEntries(
    [...fullBySource].map(([s, pts]) => [
      s,
      pts.filter((p) => inRange(p.date)).sort((a, b) => a.date.localeCompare(b.date)),
    ]),
  );
  const shownSources = new Set(series.map((p) => p.source));
  const first = series[0]?.date ?? "";
  const last = latest?.date ?? "";
  const shown = (m: MethodChange) =>
    shownSources.has(m.source) && m.date >= first && m.date <= last;
  const drawn = thinSeries(series, records);
  return {
    series: drawn,
    thinnedFrom: drawn.length < series.length ? series.length : null,
    latest,
    // Against the whole timeline, so a narrow date range still shows how the gap moved.
    changes: CHANGE_WINDOWS.map((months) => ({
      months,
      change: latest ? computeGapChange(chosen, latest, months) : null,
    })),
    records: series.filter((p) => records.has(p.snapshotId)),
    sourceSwitches: series.slice(1).flatMap((p, i) => {
      const prev = series[i];
      return prev && prev.source !== p.source
        ? [{ date: p.date, from: prev.source, to: p.source }]
        : [];
    }),
    methodChanges: [...METHOD_CHANGES, ...detectMethodChanges(opts.scaleShifts)]
      .filter(shown)
      .sort((a, b) => a.date.localeCompare(b.date)),
    releases: NOTABLE_RELEASES.filter((r) => r.date >= first && r.date <= last),
    bySource: thinBySource(bySource, records),
    // From every point in the range, so thinning never changes what is compared.
    disagreements: compareSources(bySource),
    overlaps: summariseOverlap(bySource).filter((o) => o.pairs > 0),
    uncounted: latest ? aboveOpen(unknownBest.get(latest.snapshotId) ?? null, latest) : null,
  };
}

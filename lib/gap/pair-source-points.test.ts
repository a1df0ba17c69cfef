import { beforeAll, describe, expect, it } from "vitest";
import { daysBetween } from "@/lib/dates/iso-date";
import { lmarenaDailyCsvAdapter } from "@/lib/ingest/lmarena-daily-csv";
import { lmsysEloHistoryAdapter } from "@/lib/ingest/lmsys-elo-history";
import { lmsysEloWideAdapter } from "@/lib/ingest/lmsys-elo-wide";
import { pairSourcePoints, type SourcePairing } from "./pair-source-points";
import { loadGapSeries } from "./testing/load-gap-series";
import { makeGapPoint as pt } from "./testing/make-gap-point";
import type { GapPoint } from "./types";

type Rated = GapPoint & { gap: number };

/** The quadratic scan pairSourcePoints replaced, kept as the reference it must agree with. */
function pairByScan(series: Record<string, readonly GapPoint[]>, window: number): SourcePairing[] {
  const rated = Object.keys(series)
    .sort()
    .map((source) => ({
      source,
      points: (series[source] ?? [])
        .filter((p): p is Rated => p.gap !== null)
        .sort((x, y) => x.date.localeCompare(y.date)),
    }));
  const nearest = (points: Rated[], date: string) => {
    let best: Rated | null = null;
    let bestDistance = Infinity;
    for (const q of points) {
      const d = Math.abs(daysBetween(date, q.date));
      if (d <= window && d < bestDistance) [best, bestDistance] = [q, d];
    }
    return best;
  };
  return rated.flatMap((first, i) =>
    rated.slice(i + 1).map((second) => {
      const flip = second.points.length < first.points.length;
      const [anchor, other] = flip ? [second, first] : [first, second];
      const pairs = anchor.points.flatMap((p) => {
        const q = nearest(other.points, p.date);
        if (!q) return [];
        const [a, b] = flip ? [q, p] : [p, q];
        return [{ a, b, difference: a.gap - b.gap }];
      });
      return { sources: [first.source, second.source] as [string, string], pairs };
    }),
  );
}

describe("pairSourcePoints agrees with the full scan", () => {
  let real: Record<string, GapPoint[]>;
  beforeAll(async () => {
    const [daily, history, wide] = await Promise.all([
      loadGapSeries(lmarenaDailyCsvAdapter),
      loadGapSeries(lmsysEloHistoryAdapter),
      loadGapSeries(lmsysEloWideAdapter),
    ]);
    real = { daily, history, wide };
  });

  it("on three real series of the bundled history", () => {
    for (const window of [0, 3, 14, 60]) {
      const fast = pairSourcePoints(real, window);
      expect(fast).toEqual(pairByScan(real, window));
    }
    expect(pairSourcePoints(real, 14).reduce((n, p) => n + p.pairs.length, 0)).toBeGreaterThan(50);
  });

  it("on shared dates, equal distances either side and holes (the tie rules)", () => {
    // A seeded generator, so a failure reproduces: dates repeat and land on both sides of a day.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const series = (source: string, n: number) =>
      Array.from({ length: n }, () => {
        const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
        const month = String(1 + Math.floor(next() * 3)).padStart(2, "0");
        const open = next() < 0.1 ? null : (["o", 1200 + Math.round(next() * 100)] as const);
        return pt(`2024-${month}-${day}`, ["c", 1300], open, source);
      });
    const input = { a: series("a", 40), b: series("b", 25), c: series("c", 40) };
    for (const window of [0, 1, 2, 5, 14])
      expect(pairSourcePoints(input, window)).toEqual(pairByScan(input, window));
  });
});

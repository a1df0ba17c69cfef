import { beforeAll, describe, expect, it } from "vitest";
import { toModelSlug } from "@/lib/identity/to-model-slug";
import { lmarenaDailyCsvAdapter } from "@/lib/ingest/lmarena-daily-csv";
import { lmsysEloHistoryAdapter } from "@/lib/ingest/lmsys-elo-history";
import { lmsysEloWideAdapter } from "@/lib/ingest/lmsys-elo-wide";
import { parseSourceFiles } from "@/lib/ingest/parse-source-files";
import { readSourceDir } from "@/lib/ingest/read-source-dir";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import { compareSources } from "./compare-sources";
import { loadGapSeries } from "./testing/load-gap-series";
import { makeGapPoint as pt } from "./testing/make-gap-point";
import type { GapPoint } from "./types";

/** nakasyou's wide table has no licences: borrow jasontrigg0's labels for the same keys. */
async function loadWideWithHistoryLicences(): Promise<GapPoint[]> {
  const files = await readSourceDir(lmsysEloHistoryAdapter, SHARED_DATA_DIR);
  const licences = new Map<string, string>();
  for (const snap of await parseSourceFiles(lmsysEloHistoryAdapter, files))
    for (const f of snap.models) if (f.licence) licences.set(toModelSlug(f.name), f.licence);
  return loadGapSeries(lmsysEloWideAdapter, { fallbackLicences: licences });
}

describe("compareSources on real series", () => {
  let daily: GapPoint[];
  let history: GapPoint[];
  let wide: GapPoint[];
  beforeAll(async () => {
    [daily, history, wide] = await Promise.all([
      loadGapSeries(lmarenaDailyCsvAdapter),
      loadGapSeries(lmsysEloHistoryAdapter),
      loadWideWithHistoryLicences(),
    ]);
  });

  it("finds where nakasyou's elo_rating_final leaves the displayed rating (spring 2024)", () => {
    // Every shared rating differs from 2024-03-27 to 2024-06-26 (up to ~194 points) and is equal
    // otherwise; both tops move, so the gaps differ by > 25 on only five dates (python check).
    const out = compareSources({ "lmsys-elo-history": history, "lmsys-elo-wide": wide });
    expect(
      out.map((d) => [d.from, d.to, Math.round(d.maxDifference * 100) / 100, d.pairs]),
    ).toEqual([
      ["2024-04-03", "2024-04-03", 39.03, 1],
      ["2024-04-10", "2024-04-10", 27.5, 1],
      ["2024-04-18", "2024-04-18", 30.22, 1],
      ["2024-05-19", "2024-05-20", 32.33, 2],
    ]);
    const worst = out[0]!;
    expect(worst.sources).toEqual(["lmsys-elo-history", "lmsys-elo-wide"]);
    // 2024-04-03: claude-3-opus 1255.9 − qwen1.5-72b 1150.8 (history) vs gpt-4-1106-preview − qwen (wide).
    expect(worst.example.a).toMatchObject({ source: "lmsys-elo-history", date: "2024-04-03" });
    expect(worst.example.a.closed?.name).toBe("claude-3-opus-20240229");
    expect(worst.example.b.closed?.name).toBe("gpt-4-1106-preview");
  });

  it("finds no disagreement between the scraped board and the pkl history", () => {
    // Largest gap difference over the 67 pairs is 23.3 (2024-07-24 scrape vs 2024-07-25 pkl).
    expect(compareSources({ "lmarena-daily-csv": daily, "lmsys-elo-history": history })).toEqual(
      [],
    );
    expect(
      compareSources({ "lmarena-daily-csv": daily, "lmsys-elo-history": history }, 14, 20),
    ).toHaveLength(1);
  });
});

describe("compareSources edge cases", () => {
  const a = (date: string, gap: number) => pt(date, ["C", 1300], ["O", 1300 - gap], "a");
  const b = (date: string, gap: number) => pt(date, ["C", 1300], ["O", 1300 - gap], "b");

  it("merges consecutive disagreements and lets an agreeing pair split them", () => {
    const out = compareSources({
      b: [b("2024-01-02", 10), b("2024-01-11", 12), b("2024-01-20", 50), b("2024-02-01", 10)],
      a: [a("2024-01-01", 50), a("2024-01-10", 60), a("2024-01-19", 51), a("2024-02-01", 11)],
    });
    expect(out.map((d) => [d.from, d.to, d.maxDifference, d.pairs])).toEqual([
      ["2024-01-01", "2024-01-11", 48, 2],
    ]);
    expect(out[0]?.sources).toEqual(["a", "b"]);
    expect(out[0]?.example.a.date).toBe("2024-01-10");
    expect(out[0]?.example.b.date).toBe("2024-01-11");
  });

  it("uses strict > threshold, a window of ±windowDays and the nearest neighbour", () => {
    const series = {
      a: [a("2024-03-01", 50)],
      b: [b("2024-02-10", 0), b("2024-03-14", 25), b("2024-03-20", 0)],
    };
    // Nearest to 03-01 is 03-14 (13 days): difference 25, not above 25.
    expect(compareSources(series)).toEqual([]);
    expect(compareSources(series, 14, 24)).toHaveLength(1);
    // With a 10-day window nothing pairs at all.
    expect(compareSources(series, 10, 0)).toEqual([]);
  });

  it("splits a stretch across a hole longer than twice the window", () => {
    const out = compareSources({
      a: [a("2024-01-01", 60), a("2024-03-01", 60)],
      b: [b("2024-01-01", 0), b("2024-03-01", 0)],
    });
    expect(out.map((d) => `${d.from}…${d.to}`)).toEqual([
      "2024-01-01…2024-01-01",
      "2024-03-01…2024-03-01",
    ]);
  });

  it("compares every pair of sources, named in alphabetical order", () => {
    const c = pt("2024-01-01", ["C", 1300], ["O", 1300], "c");
    const out = compareSources({ c: [c], b: [b("2024-01-01", 100)], a: [a("2024-01-01", 50)] });
    expect(out.map((d) => [...d.sources, d.maxDifference])).toEqual([
      ["a", "b", 50],
      ["a", "c", 50],
      ["b", "c", 100],
    ]);
  });
});

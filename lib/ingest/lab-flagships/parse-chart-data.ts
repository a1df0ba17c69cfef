import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { toIsoDate } from "../parse-number";
import type { ParsedSnapshot, SourceFile } from "../types";
import { info } from "./info";
import { readJson } from "./read-json";
import { chartDataSchema, chartPointSchema } from "./schema";
import { validateRow } from "./validate-row";

interface Point {
  lab: string;
  rating: number;
}

/**
 * Regroups the per-lab series of `CHART_DATA_HIGHEST.json` into one overall snapshot per date.
 * A model listed under two labs on one date is kept once if the ratings agree.
 */
export function parseChartData(file: SourceFile): ParsedSnapshot[] {
  const origin = file.path;
  const raw = validateRow(chartDataSchema, readJson(file), { origin, row: null, where: "file" });
  const byDate = new Map<string, Map<string, Point>>();
  for (const [lab, points] of Object.entries(raw)) {
    const labDates = new Set<string>();
    points.forEach((value, index) => {
      const row = index + 1;
      const where = `lab "${lab}", point ${row}`;
      const point = validateRow(chartPointSchema, value, { origin, row, where });
      const fail = (field: string, message: string) =>
        new IngestError({ source: info.slug, origin, row, field, message: `${where}: ${message}` });
      const date = toIsoDate(point.date);
      if (!date) throw fail("date", `not a calendar date: "${point.date}"`);
      if (labDates.has(date)) throw fail("date", `duplicate date ${date} for this lab`);
      labDates.add(date);
      const models = byDate.get(date) ?? new Map<string, Point>();
      byDate.set(date, models);
      const earlier = models.get(point.model_name);
      if (earlier && earlier.rating !== point.rating) {
        throw fail(
          "rating",
          `"${point.model_name}" on ${date} is ${point.rating} here but ${earlier.rating} under lab "${earlier.lab}"`,
        );
      }
      if (!earlier) models.set(point.model_name, { lab, rating: point.rating });
    });
  }
  if (byDate.size === 0) {
    throw new IngestError({ source: info.slug, origin, message: "empty table: no points" });
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([publishedOn, models]) => ({
      arena: "text",
      publishedOn,
      styleControl: false,
      origin,
      scores: [...models].map(([model, p]) => ({
        model,
        category: "overall",
        rating: p.rating,
        lower: null,
        upper: null,
        votes: null,
        rank: null,
      })),
      models: [...models].map(([model, p]) => makeModelFact(model, { organization: p.lab })),
    }));
}

import { makeDuplicateCheck } from "../duplicate-check";
import { IngestError } from "../ingest-error";
import { makeModelFact } from "../model-fact";
import { toIsoDate } from "../parse-number";
import { makeScoreRow } from "../score-row";
import type { ParsedSnapshot, SourceFile } from "../types";
import { readJsonFile, requireRows, validateRow } from "../validate";
import { FLAGSHIP_NAMES } from "./flagship-names";
import { info } from "./info";
import { chartDataSchema, chartPointSchema } from "./schema";

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
  const source = info.slug;
  const raw = readJsonFile(chartDataSchema, file, source);
  const byDate = new Map<string, Map<string, Point>>();
  const isNewLabDate = makeDuplicateCheck({ source, origin });
  for (const [lab, points] of Object.entries(raw)) {
    points.forEach((value, index) => {
      const row = index + 1;
      const where = `lab "${lab}", point ${row}`;
      const point = validateRow(chartPointSchema, value, { source, origin, row, where });
      const fail = (field: string, message: string) =>
        new IngestError({ source, origin, row, field, message: `${where}: ${message}` });
      const date = toIsoDate(point.date);
      if (!date) throw fail("date", `not a calendar date: "${point.date}"`);
      const message = `${where}: duplicate date ${date} for this lab`;
      isNewLabDate(`${lab}\u0000${date}`, { row, field: "date", message });
      const models = byDate.get(date) ?? new Map<string, Point>();
      byDate.set(date, models);
      const name = FLAGSHIP_NAMES[point.model_name] ?? point.model_name;
      const earlier = models.get(name);
      if (earlier && earlier.rating !== point.rating) {
        throw fail(
          "rating",
          `"${name}" on ${date} is ${point.rating} here but ${earlier.rating} under lab "${earlier.lab}"`,
        );
      }
      if (!earlier) models.set(name, { lab, rating: point.rating });
    });
  }
  requireRows(byDate.size, { source, origin }, "no points");
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([publishedOn, models]) => ({
      arena: "text",
      publishedOn,
      styleControl: false,
      coverage: "flagships",
      origin,
      scores: [...models].map(([model, p]) => makeScoreRow(model, "overall", p.rating)),
      models: [...models].map(([model, p]) => makeModelFact(model, { organization: p.lab })),
    }));
}

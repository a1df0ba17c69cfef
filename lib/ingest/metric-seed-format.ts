import { z } from "zod";
import { METRIC_DATE_BASES, METRIC_DIRECTIONS, STATED_OPENNESS } from "@/lib/metrics/metric-domain";
import type { MetricScoreRow, MetricSourceInfo, ParsedMetricExport } from "./metric-types";

// A benchmark source in the bundled seed: the adapters' own output, every repeated string
// (keys, names, organisations, accessibility labels) stored once and referenced by index.
// Replayed through the normal writer, it hashes exactly as a fresh parse of the files.

const METRIC_SEED_FORMAT = 1;

const ref = z.number().int().nonnegative();
const nullableRef = ref.nullable();
const nullableNumber = z.number().nullable();

const metricSchema = z.object({
  slug: z.string(),
  name: z.string(),
  shortName: z.string(),
  unit: z.string(),
  direction: z.enum(METRIC_DIRECTIONS),
  description: z.string(),
  plausible: z.tuple([z.number(), z.number()]),
  openOnly: z.boolean(),
});

const seedSchema = z.object({
  format: z.literal(METRIC_SEED_FORMAT),
  source: z.string(),
  attribution: z.string(),
  strings: z.array(z.string()),
  exports: z.array(
    z.object({
      metric: metricSchema,
      exportedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      label: z.string(),
      origin: z.string(),
      dropped: z.array(z.object({ key: z.string(), reason: z.string() })),
      // [key, name, model, score, lower, upper, date, basis, organization, accessibility, openness]
      scores: z.array(
        z.tuple([
          ref,
          ref,
          nullableRef,
          z.number(),
          nullableNumber,
          nullableNumber,
          z.string().nullable(),
          z.enum(METRIC_DATE_BASES),
          nullableRef,
          nullableRef,
          z.enum(STATED_OPENNESS).nullable(),
        ]),
      ),
    }),
  ),
});
export type MetricSeedFile = z.infer<typeof seedSchema>;
type SeedScore = MetricSeedFile["exports"][number]["scores"][number];

export function encodeMetricSeed(
  info: MetricSourceInfo,
  parsed: readonly ParsedMetricExport[],
): MetricSeedFile {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const add = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  const opt = (s: string | null) => (s === null ? null : add(s));
  return {
    format: METRIC_SEED_FORMAT,
    source: info.slug,
    attribution: `${info.name}: ${info.attribution}; data licence: ${info.dataLicence}`,
    exports: parsed.map((ex) => ({
      metric: { ...ex.metric, plausible: [...ex.metric.plausible] },
      exportedOn: ex.exportedOn,
      label: ex.label,
      origin: ex.origin,
      dropped: [...ex.dropped],
      scores: ex.scores.map((s): SeedScore => [
        add(s.key),
        add(s.name),
        opt(s.model),
        s.score,
        s.lower,
        s.upper,
        s.date,
        s.dateBasis,
        opt(s.organization),
        opt(s.accessibility),
        s.openness,
      ]),
    })),
    strings,
  };
}

/** Validates a benchmark seed file and expands it back to the adapter's exports. */
export function decodeMetricSeed(json: unknown): {
  source: string;
  exports: ParsedMetricExport[];
} {
  const seed = seedSchema.parse(json);
  const str = (i: number): string => {
    const s = seed.strings[i];
    if (s === undefined) throw new Error(`seed ${seed.source}: string index ${i} out of range`);
    return s;
  };
  const opt = (i: number | null) => (i === null ? null : str(i));
  return {
    source: seed.source,
    exports: seed.exports.map((ex) => ({
      ...ex,
      metric: { ...ex.metric, plausible: ex.metric.plausible },
      scores: ex.scores.map(
        ([
          key,
          name,
          model,
          score,
          lower,
          upper,
          date,
          dateBasis,
          org,
          acc,
          openness,
        ]): MetricScoreRow => ({
          key: str(key),
          name: str(name),
          model: opt(model),
          score,
          lower,
          upper,
          date,
          dateBasis,
          organization: opt(org),
          accessibility: opt(acc),
          openness,
        }),
      ),
    })),
  };
}

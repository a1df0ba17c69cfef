import { OPEN_WEIGHT_CLASSES, type LicenceClass } from "@/lib/domain";
import {
  BENCHMARK_DATE_CORRECTIONS,
  findBenchmarkOpenness,
} from "@/lib/identity/benchmark-overrides";
import type { MetricScorePoint, SidedScore } from "./types";

const isOpenClass = (c: LicenceClass) => (OPEN_WEIGHT_CLASSES as readonly string[]).includes(c);

/**
 * Which side a score counts on: the source's own accessibility flag where it states one; else
 * the licence review of the Arena model it matched; else a reviewed rule for the benchmark name;
 * else neither (named as uncounted). Reviewed date corrections are applied here too.
 */
export function assignSide(source: string, s: MetricScorePoint): SidedScore {
  const fix = BENCHMARK_DATE_CORRECTIONS.find((c) => c.source === source && c.key === s.key);
  const dated =
    fix && s.date === fix.stated ? { date: fix.date, statedDate: s.date } : { statedDate: null };
  if (s.openness === "open" || s.openness === "closed")
    return { ...s, ...dated, side: s.openness, sideBasis: "source" };
  if (s.openness === "unreleased") return { ...s, ...dated, side: null, sideBasis: "source" };
  if (s.licenceClass !== null && s.licenceClass !== "unknown")
    return {
      ...s,
      ...dated,
      side: isOpenClass(s.licenceClass) ? "open" : "closed",
      sideBasis: "licence-review",
    };
  const reviewed = findBenchmarkOpenness(s.nameSlug ?? "");
  if (reviewed) return { ...s, ...dated, side: reviewed.openness, sideBasis: "benchmark-review" };
  return { ...s, ...dated, side: null, sideBasis: "none" };
}

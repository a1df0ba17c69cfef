/** Months behind within which two yardsticks are said to agree (Epoch's own 90% interval spans ~4). */
export const AGREE_WITHIN_MONTHS = 3;

export interface YardstickReading {
  slug: string;
  shortName: string;
  /** Months behind on the metric's latest date; null when it has no gap (open-only, one side missing). */
  months: number | null;
  openLeads: boolean;
  /** Read as "≥ N": the reaching model was already there on the export's first day. */
  censored: boolean;
}

export interface YardstickSummary {
  /** The largest set of metrics whose months behind lie within AGREE_WITHIN_MONTHS of each other. */
  agree: string[];
  /** Metrics outside that set, with the side they fall on. */
  further: string[];
  closer: string[];
  leads: string[];
  noGap: string[];
  sentence: string;
}

const list = (names: readonly string[]) =>
  names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
const fmt = (r: YardstickReading) => `${r.censored ? "≥ " : ""}${(r.months ?? 0).toFixed(1)}`;

/**
 * Where the yardsticks agree and where they do not, computed from each metric's own months
 * behind: never an average across metrics. Agreement is the largest group whose readings span
 * at most AGREE_WITHIN_MONTHS; every other metric is named with its own reading.
 */
export function summariseYardsticks(readings: readonly YardstickReading[]): YardstickSummary {
  const leads = readings.filter((r) => r.openLeads);
  const noGap = readings.filter((r) => r.months === null && !r.openLeads);
  const measured = readings
    .filter((r) => r.months !== null && !r.openLeads)
    .toSorted((a, b) => (a.months ?? 0) - (b.months ?? 0) || a.slug.localeCompare(b.slug));
  let best: YardstickReading[] = [];
  for (let i = 0; i < measured.length; i++) {
    const start = measured[i]?.months ?? 0;
    const group = measured.filter(
      (r, j) => j >= i && (r.months ?? 0) - start <= AGREE_WITHIN_MONTHS,
    );
    if (group.length > best.length) best = group;
  }
  const lo = best[0];
  const hi = best.at(-1);
  const inGroup = new Set(best.map((r) => r.slug));
  const further = measured.filter(
    (r) => !inGroup.has(r.slug) && hi && (r.months ?? 0) > (hi.months ?? 0),
  );
  const closer = measured.filter(
    (r) => !inGroup.has(r.slug) && lo && (r.months ?? 0) < (lo.months ?? 0),
  );
  const parts: string[] = [];
  if (best.length >= 2 && lo && hi)
    parts.push(
      `${list(best.map((r) => r.shortName))} agree: open models ${fmt(lo)}–${fmt(hi)} months behind.`,
    );
  else if (best.length === 1 && lo)
    parts.push(`Only ${lo.shortName} gives a lag on its own: ${fmt(lo)} months.`);
  const name = (r: YardstickReading) => `${r.shortName} (${fmt(r)} months)`;
  if (further.length > 0) parts.push(`Further behind on ${list(further.map(name))}.`);
  if (closer.length > 0) parts.push(`Closer on ${list(closer.map(name))}.`);
  if (leads.length > 0) parts.push(`Open models lead on ${list(leads.map((r) => r.shortName))}.`);
  if (noGap.length > 0)
    parts.push(`${list(noGap.map((r) => r.shortName))}: no gap to read (one side has no scores).`);
  return {
    agree: best.length >= 2 ? best.map((r) => r.slug) : [],
    further: further.map((r) => r.slug),
    closer: closer.map((r) => r.slug),
    leads: leads.map((r) => r.slug),
    noGap: noGap.map((r) => r.slug),
    sentence: parts.join(" ") || "No metric has both open and closed scores.",
  };
}

import { daysBetween } from "@/lib/dates/iso-date";
import type { DetectedEvent } from "./event-kinds";

export interface SourceHealth {
  source: string;
  name: string;
  /** Newest snapshot dates of the source, oldest first (a handful is enough). */
  recentDates: readonly string[];
  /** This run's error, when the source failed. */
  error: string | null;
  today: string;
}

// Below a week a daily source missing a day or two is noise, not news.
const MIN_STALE_DAYS = 7;

/** The median gap in days between consecutive snapshots: the source's usual cadence. */
export function medianCadenceDays(dates: readonly string[]): number | null {
  const gaps = dates.slice(1).map((d, i) => daysBetween(dates[i] ?? d, d));
  if (!gaps.length) return null;
  const sorted = [...gaps].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/**
 * A source failing, or going stale (no new snapshot for over twice its usual cadence, at least
 * a week). Keyed on the last snapshot seen, so one stretch of failures is one event, not one
 * per run.
 */
export function detectSourceEvents(h: SourceHealth): DetectedEvent[] {
  const last = h.recentDates.at(-1);
  if (!last) return [];
  const base = { source: h.source, view: null, snapshotDate: last, models: [] };
  const events: DetectedEvent[] = [];
  if (h.error) {
    events.push({
      ...base,
      kind: "source-failed",
      title: `${h.name} is failing`,
      summary: `The last ingest of ${h.name} failed: ${h.error.slice(0, 300)}. Its newest data is from ${last}.`,
      change: { before: "ok", after: "failing" },
    });
  }
  const cadence = medianCadenceDays(h.recentDates);
  const since = daysBetween(last, h.today);
  if (cadence !== null && since > Math.max(2 * cadence, MIN_STALE_DAYS)) {
    events.push({
      ...base,
      kind: "source-stale",
      title: `${h.name} has published nothing for ${since} days`,
      summary: `${h.name} usually publishes every ${cadence} day${cadence === 1 ? "" : "s"}; its newest snapshot is from ${last}.`,
      change: { before: last, after: h.today },
    });
  }
  return events;
}

import { Cron } from "croner";

export type Freshness =
  | { state: "fresh"; message: string }
  | { state: "stale"; message: string }
  | { state: "never"; message: string }
  | { state: "backfill"; message: string };

// One missed tick can be a slow upstream; later than one interval plus this grace is a problem.
const GRACE_MS = 60 * 60 * 1000;

/** Milliseconds between two consecutive runs of a cron pattern (null when it never fires). */
export function cronIntervalMs(pattern: string, from = new Date()): number | null {
  const [a, b] = new Cron(pattern, { paused: true }).nextRuns(2, from);
  return a && b ? b.getTime() - a.getTime() : null;
}

/** Whether a source's data is as recent as the schedule promises. */
export function assessFreshness(opts: {
  live: boolean;
  lastSuccessAt: string | null;
  intervalMs: number | null;
  now?: Date;
}): Freshness {
  if (!opts.live)
    return {
      state: "backfill",
      message: "Frozen history, loaded from files; not on the schedule.",
    };
  if (!opts.lastSuccessAt) {
    return { state: "never", message: "Never fetched live yet: showing the bundled history only." };
  }
  const age = (opts.now ?? new Date()).getTime() - Date.parse(opts.lastSuccessAt);
  const ageText = formatDuration(age);
  if (opts.intervalMs === null)
    return { state: "fresh", message: `Last ingest ${ageText} ago; schedule off.` };
  if (age > opts.intervalMs + GRACE_MS) {
    return {
      state: "stale",
      message: `Stale: last successful ingest ${ageText} ago, but the schedule runs every ${formatDuration(opts.intervalMs)}.`,
    };
  }
  return { state: "fresh", message: `Last successful ingest ${ageText} ago.` };
}

export function formatDuration(ms: number): string {
  const min = Math.floor(ms / 60_000);
  if (min < 1) return "under a minute";
  if (min < 90) return `${min} min`;
  const h = Math.round(min / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} days`;
}

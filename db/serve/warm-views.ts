import { getDataVersion } from "@/db/data-version-watch";

// The addresses most visits start from. After an ingest commits (and once at start) they are
// rendered in the background, so the first visitor after an ingest does not pay for computing
// the views; their answers land in the store like any other.
export const WARM_PATHS = ["/", "/api/gap", "/leaderboard", "/metrics", "/wizard", "/figures"];

/**
 * Checks the data version every `everyMs` (a cheap PRAGMA) and warms once it has settled: at
 * start at once, after a change only when a whole tick passed without another. An ingest that
 * commits a snapshot every few hundred ms would otherwise re-render all six pages every tick
 * while it runs, competing with the visitors for the one thread.
 */
export function startWarming(base: string, everyMs = 2_000): () => void {
  let state = WARM_START;
  let running = false;
  const tick = async () => {
    if (running) return;
    const next = decideWarm(state, getDataVersion());
    state = next.state;
    if (!next.warm) return;
    running = true;
    try {
      for (const p of WARM_PATHS)
        await fetch(`${base}${p}`, { headers: { "accept-encoding": "gzip" } }).then((r) =>
          r.arrayBuffer(),
        );
    } catch {
      // A failed warm-up costs nothing but speed: the next visitor renders instead.
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}

export interface WarmState {
  /** The version last warmed (-1: none yet). */
  warmed: number;
  /** The version the previous tick saw. */
  previous: number;
}

export const WARM_START: WarmState = { warmed: -1, previous: -1 };

/** One tick: warm a version not warmed yet, at start at once, else once it held for a tick. */
export function decideWarm(s: WarmState, version: number): { warm: boolean; state: WarmState } {
  const settled = version === s.previous || s.warmed === -1;
  const warm = settled && version !== s.warmed;
  return { warm, state: { warmed: warm ? version : s.warmed, previous: version } };
}

import { getDataVersion } from "@/db/data-version-watch";

// The addresses most visits start from. After an ingest commits (and once at start) they are
// rendered in the background, so the first visitor after an ingest does not pay for computing
// the views; their answers land in the store like any other.
export const WARM_PATHS = ["/", "/api/gap", "/leaderboard", "/metrics", "/wizard", "/figures"];

/** Checks the data version every `everyMs` (a cheap PRAGMA) and warms on each change. */
export function startWarming(base: string, everyMs = 2_000): () => void {
  let seen = -1;
  let running = false;
  const tick = async () => {
    if (running) return;
    const version = getDataVersion();
    if (version === seen) return;
    running = true;
    seen = version;
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

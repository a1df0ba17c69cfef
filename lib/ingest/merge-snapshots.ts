import type { ParsedSnapshot } from "./types";

/**
 * Adapters parse one file at a time, so a catalog spread over many files yields many snapshots
 * for one board and date. The writer stores one snapshot per board and date: merge them first.
 */
export function mergeSnapshots(parsed: readonly ParsedSnapshot[]): ParsedSnapshot[] {
  const byKey = new Map<string, ParsedSnapshot>();
  for (const snap of parsed) {
    const key = `${snap.arena}|${snap.styleControl}|${snap.publishedOn}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...snap, scores: [...snap.scores], models: [...snap.models] });
    else {
      seen.scores.push(...snap.scores);
      seen.models.push(...snap.models);
      if (!seen.origin.split(", ").includes(snap.origin))
        seen.origin = `${seen.origin}, ${snap.origin}`;
    }
  }
  return [...byKey.values()];
}

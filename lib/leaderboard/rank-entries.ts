import { assignTiers } from "./assign-tiers";
import type { BoardEntry, RankedEntry } from "./types";

export interface RankedBoard {
  entries: RankedEntry[];
  /** The source publishes 95% intervals for this board, so tiers mean something. */
  tiersAvailable: boolean;
  /** The ranks are the source's own; otherwise they are computed from the ratings. */
  rankFromSource: boolean;
}

/** Ranks and tiers over the whole snapshot, best first, so filtering never renumbers them. */
export function rankEntries(board: readonly BoardEntry[]): RankedBoard {
  const sorted = [...board].sort((a, b) => b.rating - a.rating || a.name.localeCompare(b.name));
  const tiersAvailable = sorted.some((e) => e.lower !== null && e.upper !== null);
  const rankFromSource = sorted.length > 0 && sorted.every((e) => e.sourceRank !== null);
  const tiers = tiersAvailable ? assignTiers(sorted) : sorted.map(() => null);
  let competitionRank = 0;
  const entries = sorted.map((e, i): RankedEntry => {
    // Standard competition ranking: equal ratings share a rank ("1, 1, 3").
    if (i === 0 || e.rating !== sorted[i - 1]?.rating) competitionRank = i + 1;
    return {
      ...e,
      rank: rankFromSource ? (e.sourceRank ?? competitionRank) : competitionRank,
      tier: tiers[i] ?? null,
    };
  });
  return { entries, tiersAvailable, rankFromSource };
}

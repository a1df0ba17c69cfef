import "server-only";
import { getBoardToday } from "@/db/queries/board-today";
import { memoByDataVersion } from "@/db/queries/data-version";
import {
  getBoardEntries,
  getBoardSnapshots,
  getBoardSources,
  getFacetVocabulary,
  getLeaderboardBoards,
  getModelsSeenBefore,
  getSnapshotCategories,
  type Board,
} from "@/db/queries/leaderboard";
import { computeChanges, type BoardChanges } from "@/lib/leaderboard/compute-changes";
import { filterEntries } from "@/lib/leaderboard/filter-entries";
import { pickDefaultSource, type BoardSource } from "@/lib/leaderboard/pick-default-source";
import { rankEntries, type RankedBoard } from "@/lib/leaderboard/rank-entries";
import { describeSnapshotNote, resolveSnapshot } from "@/lib/leaderboard/resolve-snapshot";
import { sortEntries } from "@/lib/leaderboard/sort-entries";
import { tallyFacets, type BoardFacets } from "@/lib/leaderboard/tally-facets";
import type { RankedEntry, SnapshotRef } from "@/lib/leaderboard/types";
import {
  parseLeaderboardParams,
  type LeaderboardChoices,
  type LeaderboardParams,
  type ParamIssue,
} from "./search-params";
import { type RawParams } from "@/lib/url/param-issue";
import { rawParamsKey } from "@/lib/url/raw-params-key";

export interface LeaderboardView {
  params: LeaderboardParams;
  issues: ParamIssue[];
  /** Informational: which snapshot was shown instead of the requested date. */
  notes: string[];
  boards: Board[];
  sources: BoardSource[];
  source: BoardSource | null;
  snapshots: SnapshotRef[];
  snapshot: SnapshotRef | null;
  previous: SnapshotRef | null;
  categories: { slug: string; count: number }[];
  board: RankedBoard;
  /** The visible table: filtered and sorted. */
  rows: RankedEntry[];
  /** Since the previous snapshot, among models matching the filters; null without one. */
  changes: BoardChanges | null;
  facets: BoardFacets;
}

/**
 * URL → validated params → snapshot → ranked, filtered, sorted board; shared by page and API.
 * Computed once per data version and address (metadata and page ask for the same one).
 */
export function loadLeaderboard(raw: RawParams): LeaderboardView {
  return memoByDataVersion(`lb:view:${rawParamsKey(raw)}`, () => computeLeaderboard(raw));
}

function computeLeaderboard(raw: RawParams): LeaderboardView {
  const vocab = getFacetVocabulary();
  const choices: LeaderboardChoices = {
    sources: null,
    categories: null,
    licences: vocab.licences.map((l) => l.slug),
    organizations: vocab.organizations.map((o) => o.slug),
  };
  // The board decides the sources, and the snapshot the categories: validate in that order.
  const { arena, sc } = parseLeaderboardParams(raw, choices).params;
  const sources = getBoardSources({ arena, styleControl: sc });
  choices.sources = sources.map((s) => s.slug);
  const early = parseLeaderboardParams(raw, choices).params;
  // Without a chosen source, the board as it stood on `at` (or today): the newest complete
  // snapshot from whichever source covers that date, the same "today" every page names.
  const today = early.source ? null : getBoardToday({ arena, styleControl: sc }, early.at);
  const source =
    sources.find((s) => s.slug === (early.source ?? today?.source)) ?? pickDefaultSource(sources);
  const snapshots = source ? getBoardSnapshots(source.slug, { arena, styleControl: sc }) : [];
  const found = resolveSnapshot(snapshots, today?.date ?? early.at);
  const resolved =
    found && today && early.at && today.date !== early.at
      ? { ...found, note: { kind: "earlier" as const, requested: early.at } }
      : found;
  const categories = resolved ? getSnapshotCategories(resolved.snapshot.id) : [];
  choices.categories = categories.map((c) => c.slug);
  const { params, issues } = parseLeaderboardParams(raw, choices);

  const board = rankEntries(resolved ? getBoardEntries(resolved.snapshot.id, params.cat) : []);
  const rows = sortEntries(filterEntries(board.entries, params), params.sort);
  let changes: BoardChanges | null = null;
  if (resolved?.previous) {
    const before = rankEntries(getBoardEntries(resolved.previous.id, params.cat)).entries;
    if (before.length > 0 && source) {
      const absent = board.entries.filter((e) => !before.some((b) => b.modelId === e.modelId));
      const seen = getModelsSeenBefore(
        source.slug,
        { arena, styleControl: sc },
        resolved.snapshot.date,
        absent.map((e) => e.modelId),
      );
      const c = computeChanges(board.entries, before, seen);
      changes = {
        ...c,
        added: filterEntries(c.added, params),
        removed: filterEntries(c.removed, params),
        moved: c.moved.filter((m) => filterEntries([m.entry], params).length > 0),
        coverage: c.coverage && {
          ...c.coverage,
          revealed: filterEntries(c.coverage.revealed, params),
          hidden: filterEntries(c.coverage.hidden, params),
        },
      };
    }
  }
  const notes =
    resolved?.note && source
      ? [describeSnapshotNote(resolved.note, resolved.snapshot.date, source.name)]
      : [];
  return {
    params,
    issues,
    notes,
    boards: getLeaderboardBoards(),
    sources,
    source,
    snapshots,
    snapshot: resolved?.snapshot ?? null,
    previous: resolved?.previous ?? null,
    categories,
    board,
    rows,
    changes,
    facets: tallyFacets(board.entries),
  };
}

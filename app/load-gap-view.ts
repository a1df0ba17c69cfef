import "server-only";
import { memoByDataVersion, memoByDerivedData } from "@/db/queries/data-version";
import {
  getFilteredFrontiers,
  getHistoryStart,
  getScaleShifts,
  getSnapshotFrontiers,
} from "@/db/queries/gap";
import { getBoardChoices, type BoardChoices } from "@/db/queries/gap-choices";
import { LICENCE_CLASSES } from "@/lib/domain";
import { buildGapView, type GapView } from "@/lib/gap/build-gap-view";
import {
  DEFAULT_GAP_PARAMS,
  hasCustomDefinition,
  parseGapParams,
  serializeGapParams,
  type GapParams,
  type ParamIssue,
} from "./search-params";
import { type RawParams } from "@/lib/url/param-issue";
import { findNearestGapView } from "./find-nearest-gap-view";

export interface LoadedGapView {
  params: GapParams;
  issues: ParamIssue[];
  choices: BoardChoices;
  view: GapView;
  /** When the view is empty: the closest view with data, and what was relaxed to reach it. */
  nearest: { params: GapParams; relaxed: string[] } | null;
}

/** URL → validated params and the board's choices; the first half of loadGapView (feeds, embeds). */
export function parseGapView(raw: RawParams): Omit<LoadedGapView, "view" | "nearest"> {
  // The board decides which categories exist, so read it first, then validate the rest.
  const arena = typeof raw.arena === "string" ? raw.arena : DEFAULT_GAP_PARAMS.arena;
  const sc = raw.sc === "1";
  const board = parseGapParams(
    { arena, sc: sc ? "1" : "0" },
    { categories: [], sources: [], licences: [], organizations: [] },
  ).params;
  const choices = getBoardChoices(board.arena, board.sc);
  const { params, issues } = parseGapParams(raw, {
    categories: choices.categories.map((c) => c.slug),
    sources: choices.sources.map((s) => s.slug),
    licences: choices.licences.map((l) => l.slug),
    organizations: choices.organizations.map((o) => o.slug),
  });
  return { params, issues, choices };
}

/** URL → validated params → frontiers → view; shared by the page and GET /api/gap. */
export function loadGapView(raw: RawParams): LoadedGapView {
  const { params, issues, choices } = parseGapView(raw);
  const view = viewFor(params, choices);
  const nearest = view.latest
    ? null
    : findNearestGapView(params, (p) => viewFor(p, getBoardChoices(p.arena, p.sc)).latest !== null);
  return { params, issues, choices, view, nearest };
}

function viewFor(params: GapParams, choices: BoardChoices): GapView {
  const key = `gap-view${serializeGapParams({ ...params, rel: false })}`;
  // The standard definitions read only the derived frontiers, so the view holds until the next
  // rebuild; a custom one ranks the raw scores, which every snapshot commit can change.
  return hasCustomDefinition(params)
    ? memoByDataVersion(key, () => computeView(params, choices))
    : memoByDerivedData(key, () => computeView(params, choices));
}

function computeView(params: GapParams, choices: BoardChoices): GapView {
  const boardFilter = { category: params.cat, arena: params.arena, styleControl: params.sc };
  const context = { historyStart: getHistoryStart(), scaleShifts: getScaleShifts(boardFilter) };
  if (!hasCustomDefinition(params)) {
    return buildGapView(getSnapshotFrontiers(boardFilter), {
      ...params,
      ...context,
      openClasses: params.open,
    });
  }
  const labels = (slugs: string[], list: { slug: string; labels: string[] }[]) =>
    slugs.flatMap((s) => list.find((c) => c.slug === s)?.labels ?? []);
  const frontiers = getFilteredFrontiers(boardFilter, {
    openClasses: params.open,
    openLicences: labels(params.lic, choices.licences),
    orgInclude: labels(params.orgIn, choices.organizations),
    orgExclude: labels(params.orgOut, choices.organizations),
  });
  // The query already applied the definition of open: count whatever it returned as open.
  return buildGapView(frontiers, {
    ...params,
    ...context,
    openClasses: LICENCE_CLASSES.filter((c) => c !== "proprietary"),
  });
}

import "server-only";
import { getSourceNames } from "@/db/queries/compare";
import { memoByDataVersion } from "@/db/queries/data-version";
import {
  getBoardDates,
  getCategoryFrontiers,
  getModelAliases,
  getModelFields,
  getModelLicences,
  getModelPositions,
  getModelRatings,
} from "@/db/queries/models";
import type { Model } from "@/db/schema";
import { labelCategory, orderCategories } from "@/lib/labels";
import { describeSeries, parseSeriesKey } from "@/lib/models/series-key";
import { buildCounterpartRows } from "@/lib/models/build-counterpart-rows";
import { buildRatingHistory } from "@/lib/models/build-rating-history";
import { findBestRank, type PositionedRating } from "@/lib/models/find-best-rank";
import { groupByBoard } from "@/lib/models/group-by-board";
import { parseModelParams, type ModelParams, type ParamIssue } from "./search-params";
import { type RawParams } from "@/lib/url/param-issue";

/** URL → params → everything the model page shows, computed once per model, query and data version. */
export function loadModelView(model: Model, raw: RawParams) {
  const parsed = parseModelParams(raw);
  const ratings = memoByDataVersion(`model-ratings:${model.id}`, () => getModelRatings(model.id));
  const categories = orderCategories(ratings.map((r) => r.category));
  const issues: ParamIssue[] = [...parsed.issues];
  const params: ModelParams = { ...parsed.params };
  if (categories.length && !categories.includes(params.cat)) {
    const fallback = categories.includes("overall") ? "overall" : (categories[0] ?? "overall");
    if (params.cat !== "overall")
      issues.push({
        key: "cat",
        value: params.cat,
        message: `${model.displayName} has no "${params.cat}" ratings; showing ${labelCategory(fallback)}.`,
      });
    params.cat = fallback;
  }
  const inCat = ratings.filter((r) => r.category === params.cat);
  const boards = [...new Set(inCat.map((r) => r.board))];
  if (params.source && !boards.includes(params.source)) {
    issues.push({
      key: "source",
      value: params.source,
      message: `No ${labelCategory(params.cat)} ratings of ${model.displayName} from "${params.source}"; showing every source.`,
    });
    params.source = null;
  }
  const names = getSourceNames();
  const sourceName = (slug: string) => names[slug] ?? slug;
  const detail = memoByDataVersion(`model-view:${model.id}:${params.cat}`, () => {
    const fields = getModelFields(model.id, params.cat);
    const frontiers = getCategoryFrontiers(
      [...new Set(fields.map((f) => parseSeriesKey(f.board)?.source ?? ""))],
      params.cat,
    );
    // A rank is a place on one board: the best one per board, never one across boards.
    const bestRanks = groupByBoard(getModelPositions(model.id, params.cat), (p) => p.board)
      .map((g) => ({ board: g.board, label: g.label, rank: findBestRank(g.items) }))
      .filter((b): b is typeof b & { rank: PositionedRating } => b.rank !== null);
    return { counterparts: buildCounterpartRows(model.slug, fields, frontiers), bestRanks };
  });
  const history = buildRatingHistory(
    inCat
      .filter((r) => !params.source || r.board === params.source)
      .map((r) => ({ ...r, key: r.board })),
    getBoardDates(),
  );
  // One chart per board: ratings of different boards are different scales.
  const charts = groupByBoard(history, (h) => h.key).map(({ items, ...board }) => ({
    ...board,
    lines: items,
  }));
  const coverage = new Map<string, { from: string; to: string; snapshots: Set<number> }>();
  for (const r of ratings) {
    const c = coverage.get(r.board) ?? { from: r.date, to: r.date, snapshots: new Set<number>() };
    if (r.date < c.from) c.from = r.date;
    if (r.date > c.to) c.to = r.date;
    c.snapshots.add(r.snapshotId);
    coverage.set(r.board, c);
  }
  return {
    params,
    issues,
    categories,
    boards: boards.map((b) => ({ key: b, label: describeSeries(b, sourceName) })),
    charts,
    ...detail,
    licences: getModelLicences(model.id),
    aliases: getModelAliases(model.id),
    coverage: [...coverage]
      .map(([board, c]) => ({
        board,
        label: describeSeries(board, sourceName),
        from: c.from,
        to: c.to,
        snapshots: c.snapshots.size,
      }))
      .sort((a, b) => b.to.localeCompare(a.to)),
    boardLabel: (key: string) => describeSeries(key, sourceName),
    sourceName,
  };
}

export type ModelView = ReturnType<typeof loadModelView>;

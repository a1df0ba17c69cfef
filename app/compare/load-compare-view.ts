import "server-only";
import {
  getBoardHistory,
  getCompareModels,
  getSnapshotCoverage,
  getSnapshotScores,
  getSourceNames,
  type CompareModelRow,
} from "@/db/queries/compare";
import { memoByDataVersion } from "@/db/queries/data-version";
import { getBoardDates, resolveModelSlug } from "@/db/queries/models";
import { buildCompareTable, type CompareRow } from "@/lib/compare/build-compare-table";
import { selectSnapshot, type SnapshotChoice } from "@/lib/compare/select-snapshot";
import { describeSeries } from "@/lib/models/series-key";
import { labelCategory } from "@/lib/labels";
import { buildRatingHistory, type HistorySeries } from "@/lib/models/build-rating-history";
import {
  MIN_MODELS,
  parseCompareParams,
  serializeCompareParams,
  type CompareParams,
  type ParamIssue,
} from "./search-params";
import { type RawParams } from "@/lib/url/param-issue";

export interface CompareView {
  choice: SnapshotChoice;
  /** Board label, e.g. "LMArena arena-catalog · style control". */
  boardLabel: string;
  /** The source's own name, for citations. */
  sourceName: string;
  rows: CompareRow[];
  /** The category the history lines show (the requested one, or a fallback the snapshot has). */
  cat: string;
  history: HistorySeries[];
  /** Boards rating at least one of the models, for the source menu (newest first). */
  boards: { key: string; label: string; latest: string }[];
}

/** A compared model with its one series style (colour and dash) for every chart of the page. */
export type ComparedModel = CompareModelRow & { seriesIndex: number };

export interface LoadedCompare {
  params: CompareParams;
  issues: ParamIssue[];
  models: ComparedModel[];
  /** Slugs from the URL that name no model (shown in a notice, dropped from the view). */
  ignored: string[];
  view: CompareView | null;
}

/** URL → validated params → models → one snapshot → table and history; shared by page, API and OG image. */
export function loadCompareView(raw: RawParams): LoadedCompare {
  const parsed = parseCompareParams(raw);
  const issues = [...parsed.issues];
  const canonical: string[] = [];
  const ignored: string[] = [];
  for (const slug of parsed.params.models) {
    const found = resolveModelSlug(slug);
    if (found === null) ignored.push(slug);
    else if (!canonical.includes(found)) canonical.push(found);
  }
  if (ignored.length)
    issues.push({
      key: "models",
      value: ignored.join(","),
      message: `Ignored unknown model${ignored.length > 1 ? "s" : ""}: ${ignored.join(", ")}. Use the model picker to find the right name.`,
    });
  const params: CompareParams = { ...parsed.params, models: canonical };
  // Styles follow the URL order, so a model keeps its colour in the bars, the lines and the OG image.
  const models = getCompareModels(canonical).map((m, seriesIndex) => ({ ...m, seriesIndex }));
  if (models.length < MIN_MODELS) return { params, issues, models, ignored, view: null };
  const { view, viewIssues } = memoByDataVersion(`compare${serializeCompareParams(params)}`, () =>
    computeView(params, models),
  );
  return { params, issues: [...issues, ...viewIssues], models, ignored, view };
}

function computeView(
  params: CompareParams,
  models: CompareModelRow[],
): { view: CompareView | null; viewIssues: ParamIssue[] } {
  const viewIssues: ParamIssue[] = [];
  const names = getSourceNames();
  const sourceName = (slug: string) => names[slug] ?? slug;
  const ids = models.map((m) => m.id);
  const coverage = getSnapshotCoverage(ids);
  let board = params.source;
  if (board !== null && !coverage.some((c) => c.board === board)) {
    viewIssues.push({
      key: "source",
      value: board,
      message: `${describeSeries(board, sourceName)} rates none of these models; the source was chosen automatically.`,
    });
    board = null;
  }
  const choice = selectSnapshot(coverage, { board, at: params.at });
  if (!choice) return { view: null, viewIssues };
  const rows = buildCompareTable(models, getSnapshotScores(choice.snapshot.snapshotId, ids));
  let cat = params.cat;
  if (!rows.some((r) => r.category === cat)) {
    const fallback = rows[0]?.category ?? "overall";
    viewIssues.push({
      key: "cat",
      value: cat,
      message: `This snapshot has no "${cat}" ratings for these models; showing ${labelCategory(fallback)}.`,
    });
    cat = fallback;
  }
  const key = choice.snapshot.board;
  const dates = getBoardDates().get(key) ?? [];
  const history = buildRatingHistory(
    getBoardHistory(key, cat, ids),
    new Map(models.map((m) => [m.slug, dates])),
  );
  const latest = new Map<string, string>();
  for (const c of coverage) if ((latest.get(c.board) ?? "") < c.date) latest.set(c.board, c.date);
  const view: CompareView = {
    choice,
    boardLabel: describeSeries(key, sourceName),
    sourceName: sourceName(key.split(".")[0] ?? key),
    rows,
    cat,
    history,
    boards: [...latest]
      .map(([k, d]) => ({ key: k, label: describeSeries(k, sourceName), latest: d }))
      .sort((a, b) => b.latest.localeCompare(a.latest) || a.label.localeCompare(b.label)),
  };
  return { view, viewIssues };
}

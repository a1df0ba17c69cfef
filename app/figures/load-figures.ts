import "server-only";
import { getBoardToday } from "@/db/queries/board-today";
import { getHistoryStart, getSnapshotFrontiers } from "@/db/queries/gap";
import { getSnapshotRatings } from "@/db/queries/snapshot-ratings";
import { OPEN_WEIGHT_CLASSES } from "@/lib/domain";
import {
  formatMeasure,
  formatPublished,
  gapAmongAvailable,
  judgeFigure,
  measureGap,
  type Verdict,
} from "@/lib/figures/compare-figure";
import { PUBLISHED_FIGURES, type PublishedFigure } from "@/lib/figures/published-figures";
import { computeGap } from "@/lib/gap/compute-gap";
import { computeMonthsBehind } from "@/lib/gap/compute-months-behind";
import type { GapPoint } from "@/lib/gap/types";

export interface FigureRow {
  figure: PublishedFigure;
  ours: number | null;
  publishedText: string;
  oursText: string;
  verdict: Verdict;
  /** Where OpenGap's number comes from: board, date, source, the two models. */
  basis: string;
  /** Why it does not match (or how it matches), from the data. */
  because: string | null;
  href: string | null;
}

const describe = (p: Pick<GapPoint, "gap" | "open" | "closed">) =>
  p.open && p.closed && p.gap !== null
    ? `${p.closed.name} ${p.closed.rating.toFixed(1)} vs ${p.open.name} ${p.open.rating.toFixed(1)}: ${p.gap.toFixed(1)} points, ${((p.gap / p.open.rating) * 100).toFixed(2)}% of the open rating, ${((p.gap / p.closed.rating) * 100).toFixed(2)}% of the proprietary one`
    : "no open or no proprietary model";

/** Every published figure beside OpenGap's figure for the same board and date. */
export function loadFigures(): FigureRow[] {
  const historyStart = getHistoryStart();
  return PUBLISHED_FIGURES.map((figure) => {
    const board = { ...figure.board, category: "overall" };
    const today = getBoardToday(figure.board, figure.date);
    const frontier = today
      ? getSnapshotFrontiers(board).find((f) => f.snapshotId === today.id)
      : undefined;
    if (!today || !frontier) {
      return {
        figure,
        ours: null,
        publishedText: formatPublished(figure.measure, figure.value),
        oursText: "—",
        verdict: "no-data" as const,
        basis: "No complete board of this kind covers the date.",
        because: null,
        href: null,
      };
    }
    const point = computeGap(frontier, OPEN_WEIGHT_CLASSES);
    const behind = computeMonthsBehind(point, frontier.steps, historyStart);
    const ours = measureGap(point, behind, figure.measure);
    const verdict = judgeFigure(figure, ours);
    const monthsNote =
      figure.measure === "months" && behind.monthsBehind !== null
        ? `; ${behind.monthsBehind.toFixed(1)} months behind${behind.range ? ` (${behind.range[0].toFixed(1)}–${behind.range[1].toFixed(1)})` : ""}`
        : "";
    return {
      figure,
      ours,
      publishedText: formatPublished(figure.measure, figure.value),
      oursText: formatMeasure(figure.measure, ours),
      verdict,
      basis: `${today.sourceName}, ${today.date}, style control ${figure.board.styleControl ? "on" : "off"}: ${describe(point)}${monthsNote}.`,
      because: explain(figure, verdict),
      href: `/?sc=${figure.board.styleControl ? 1 : 0}&to=${today.date}&source=${today.source}`,
    };
  });
}

function explain(figure: PublishedFigure, verdict: Verdict): string | null {
  if (figure.caveat) return figure.caveat;
  if (verdict === "matches") {
    return figure.measure === "pct-of-closed"
      ? "Matches when the gap is divided by the proprietary model's rating, as this figure does."
      : null;
  }
  if (!figure.laterBoard) return "The published figure differs from the board of that date.";
  const later = getBoardToday(
    { arena: figure.board.arena, styleControl: figure.laterBoard.styleControl },
    figure.laterBoard.date,
  );
  if (!later) return "The published figure differs from the board of that date.";
  const among = gapAmongAvailable(
    getSnapshotRatings(later.id, "overall"),
    figure.date,
    OPEN_WEIGHT_CLASSES,
  );
  return `The report appears to rate every model on one later board instead of the board of the date. Rated that way on ${later.sourceName} of ${later.date}, among models available by ${figure.date}: ${describe(among)}.`;
}

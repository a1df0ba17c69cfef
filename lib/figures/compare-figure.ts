import type { LicenceClass } from "@/lib/domain";
import type { GapPoint, MonthsBehind } from "@/lib/gap/types";
import type { FigureMeasure, PublishedFigure } from "./published-figures";

/** The value of one measure for a gap computed inside one snapshot. */
export function measureGap(
  point: Pick<GapPoint, "gap" | "open" | "closed">,
  behind: MonthsBehind | null,
  measure: FigureMeasure,
): number | null {
  const { gap, open, closed } = point;
  if (gap === null || !open || !closed) return null;
  if (measure === "points") return gap;
  if (measure === "pct-of-open") return (gap / open.rating) * 100;
  if (measure === "pct-of-closed") return (gap / closed.rating) * 100;
  return behind?.monthsBehind ?? null;
}

export interface RatedOnBoard {
  name: string;
  licenceClass: LicenceClass;
  rating: number;
  availableFrom: string | null;
}

/**
 * The AI Index way: rate every model on one later board and take, among the models available
 * by `cutoff`, the best proprietary and the best open one. Evidence only: OpenGap's own figure
 * is the board as it stood on the date.
 */
export function gapAmongAvailable(
  ratings: readonly RatedOnBoard[],
  cutoff: string,
  openClasses: readonly LicenceClass[],
): Pick<GapPoint, "gap" | "open" | "closed"> {
  const available = ratings.filter((r) => r.availableFrom !== null && r.availableFrom <= cutoff);
  const best = (keep: (r: RatedOnBoard) => boolean) =>
    available
      .filter(keep)
      .reduce<RatedOnBoard | null>((b, r) => (!b || r.rating > b.rating ? r : b), null);
  const closed = best((r) => r.licenceClass === "proprietary");
  const open = best((r) => openClasses.includes(r.licenceClass));
  const side = (r: RatedOnBoard | null) =>
    r && {
      slug: "",
      name: r.name,
      organization: null,
      licenceClass: r.licenceClass,
      rating: r.rating,
      lower: null,
      upper: null,
    };
  return {
    closed: side(closed),
    open: side(open),
    gap: closed && open ? closed.rating - open.rating : null,
  };
}

export type Verdict = "matches" | "does-not-match" | "no-data";

export function judgeFigure(figure: PublishedFigure, ours: number | null): Verdict {
  if (ours === null) return "no-data";
  if (figure.caveat) return "does-not-match";
  return Math.abs(ours - figure.value) <= figure.tolerance + 1e-9 ? "matches" : "does-not-match";
}

export function formatMeasure(measure: FigureMeasure, value: number | null): string {
  if (value === null) return "—";
  if (measure === "points") return `${value.toFixed(1)} points`;
  if (measure === "months") return `${value.toFixed(1)} months`;
  return `${value.toFixed(2)}% of the ${measure === "pct-of-open" ? "open" : "proprietary"} rating`;
}

/** The published number with its unit, at the precision it was published with. */
export function formatPublished(measure: FigureMeasure, value: number): string {
  if (measure === "points") return `${value} points`;
  if (measure === "months") return `${value} months`;
  return `${value}%`;
}

import { OPEN_WEIGHT_CLASSES, type LicenceClass } from "@/lib/domain";
import { intervalsOverlap } from "./intervals-overlap";
import type { RatedModel } from "./types";

/** Which side a model is compared against: open substitutes for a proprietary model and vice versa. */
export type CounterpartSide = "open" | "proprietary";

export interface Counterparts {
  side: CounterpartSide;
  /** Models of the other side whose 95% interval overlaps this model's, closest rating first. */
  overlapping: RatedModel[];
  /** Without any overlap: the nearest model of the other side, below (proprietary) or above (open). */
  nearest: RatedModel | null;
  /** Where `nearest` sits relative to the model. */
  direction: "below" | "above" | null;
  /** Both the model and the field publish intervals; otherwise only `nearest` is meaningful. */
  hasIntervals: boolean;
}

const isOpen = (c: LicenceClass) => (OPEN_WEIGHT_CLASSES as readonly LicenceClass[]).includes(c);

export function counterpartSideOf(licenceClass: LicenceClass): CounterpartSide | null {
  if (licenceClass === "proprietary") return "open";
  return isOpen(licenceClass) ? "proprietary" : null;
}

/**
 * The closest models of the other side within one snapshot's field (one board, one category).
 * A proprietary model looks for open models it cannot be told apart from, else the best open
 * model below it; an open model symmetrically looks for proprietary peers, else the next one up.
 * Models whose licence is unknown count on neither side (null).
 */
export function findCounterparts(
  model: RatedModel,
  field: readonly RatedModel[],
): Counterparts | null {
  const side = counterpartSideOf(model.licenceClass);
  if (!side) return null;
  const others = field.filter(
    (m) =>
      m.slug !== model.slug &&
      (side === "open" ? isOpen(m.licenceClass) : m.licenceClass === "proprietary"),
  );
  const distance = (m: RatedModel) => Math.abs(m.rating - model.rating);
  const overlapping = others
    .filter((m) => intervalsOverlap(m, model) === true)
    .sort((a, b) => distance(a) - distance(b) || a.slug.localeCompare(b.slug));
  const hasIntervals =
    model.lower !== null && others.some((m) => m.lower !== null && m.upper !== null);
  if (overlapping.length > 0)
    return { side, overlapping, nearest: null, direction: null, hasIntervals };

  const below = others.filter((m) => m.rating < model.rating);
  const above = others.filter((m) => m.rating >= model.rating);
  const closest = (list: RatedModel[]) =>
    list.reduce<RatedModel | null>(
      (best, m) => (best === null || distance(m) < distance(best) ? m : best),
      null,
    );
  const preferBelow = side === "open";
  const first = closest(preferBelow ? below : above);
  const nearest = first ?? closest(preferBelow ? above : below);
  const direction =
    nearest === null
      ? null
      : nearest.rating < model.rating
        ? ("below" as const)
        : ("above" as const);
  return { side, overlapping: [], nearest, direction, hasIntervals };
}

// Test-only: small hand-made gap points for edge cases.
import type { GapPoint, RatedModel } from "../types";

type Side = readonly [name: string, rating: number] | null;

let nextId = 1000;

export function makeGapPoint(
  date: string,
  closed: Side,
  open: Side,
  source = "synthetic",
): GapPoint {
  const c = closed ? rated(closed, "proprietary") : null;
  const o = open ? rated(open, "open-osi") : null;
  const gap = c && o ? c.rating - o.rating : null;
  return {
    snapshotId: nextId++,
    date,
    source,
    coverage: "complete",
    closed: c,
    open: o,
    gap,
    gapPct: gap !== null && o ? (gap / o.rating) * 100 : null,
    tied: null,
  };
}

function rated(
  [name, rating]: readonly [string, number],
  cls: RatedModel["licenceClass"],
): RatedModel {
  return {
    slug: name.toLowerCase(),
    name,
    organization: null,
    licenceClass: cls,
    rating,
    lower: null,
    upper: null,
  };
}

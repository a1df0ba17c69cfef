import { DEFAULT_GAP_PARAMS, type GapParams } from "./search-params";

/** One relaxation of the filters and what it is called on a button. */
export interface Relaxation {
  label: string;
  apply: (p: GapParams) => GapParams;
  applies: (p: GapParams) => boolean;
}

// Ordered from the smallest change to the largest, so the nearest view keeps the most of what
// the reader chose; each step keeps the ones before it.
export const RELAXATIONS: Relaxation[] = [
  {
    label: "all organisations",
    applies: (p) => p.orgIn.length > 0 || p.orgOut.length > 0,
    apply: (p) => ({ ...p, orgIn: [], orgOut: [] }),
  },
  {
    label: "every open-weight licence counted as open",
    applies: (p) => p.lic.length > 0 || p.open.length < DEFAULT_GAP_PARAMS.open.length,
    apply: (p) => ({ ...p, open: [...DEFAULT_GAP_PARAMS.open], lic: [] }),
  },
  {
    label: "all dates",
    applies: (p) => p.from !== null || p.to !== null,
    apply: (p) => ({ ...p, from: null, to: null }),
  },
  {
    label: "all sources",
    applies: (p) => p.source !== "all",
    apply: (p) => ({ ...p, source: "all" }),
  },
  {
    label: "the overall category",
    applies: (p) => p.cat !== "overall",
    apply: (p) => ({ ...p, cat: "overall" }),
  },
  {
    label: "the text arena",
    applies: (p) => p.arena !== "text",
    apply: (p) => ({ ...p, arena: "text", sc: false, cat: "overall", source: "all" }),
  },
];

/**
 * The first view, relaxing filters one step at a time, for which `hasData` holds; with the
 * labels of what was relaxed. Null when even the fully relaxed view is empty (no data at all).
 */
export function findNearestGapView(
  params: GapParams,
  hasData: (p: GapParams) => boolean,
): { params: GapParams; relaxed: string[] } | null {
  let current = params;
  const relaxed: string[] = [];
  for (const step of RELAXATIONS) {
    if (!step.applies(current)) continue;
    current = step.apply(current);
    relaxed.push(step.label);
    if (hasData(current)) return { params: current, relaxed };
  }
  return null;
}

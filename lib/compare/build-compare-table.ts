import { intervalsOverlap } from "@/lib/models/intervals-overlap";
import { orderCategories } from "@/lib/labels";

export interface CompareModel {
  slug: string;
  name: string;
  organization: string | null;
  licenceClass: string;
}

export interface CompareScore {
  slug: string;
  category: string;
  rating: number;
  lower: number | null;
  upper: number | null;
}

export interface CompareCell {
  rating: number;
  lower: number | null;
  upper: number | null;
}

export interface CompareDelta {
  /** This model's rating minus the first model's, in this snapshot's own points. */
  points: number;
  /** Whether both 95% intervals overlap; null when either side publishes no interval. */
  overlap: boolean | null;
}

export interface CompareRow {
  category: string;
  /** One cell per model, in the models' order; null = not rated in this category (never 0). */
  cells: (CompareCell | null)[];
  /** One per model; the first model's own entry and missing pairs are null. */
  deltas: (CompareDelta | null)[];
}

/** Ratings of the chosen models in one snapshot, one row per category any of them has. */
export function buildCompareTable(
  models: readonly CompareModel[],
  scores: readonly CompareScore[],
): CompareRow[] {
  const cell = new Map(scores.map((s) => [`${s.slug}\u0000${s.category}`, s]));
  const wanted = new Set(models.map((m) => m.slug));
  const categories = orderCategories(
    scores.filter((s) => wanted.has(s.slug)).map((s) => s.category),
  );
  return categories.map((category) => {
    const cells = models.map((m): CompareCell | null => {
      const s = cell.get(`${m.slug}\u0000${category}`);
      return s ? { rating: s.rating, lower: s.lower, upper: s.upper } : null;
    });
    const base = cells[0] ?? null;
    const deltas = cells.map((c, i): CompareDelta | null => {
      if (i === 0 || !c || !base) return null;
      return { points: c.rating - base.rating, overlap: intervalsOverlap(c, base) };
    });
    return { category, cells, deltas };
  });
}

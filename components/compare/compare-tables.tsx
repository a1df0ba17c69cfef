import type { CompareModel, CompareRow } from "@/lib/compare/build-compare-table";
import { CORE_CATEGORIES } from "@/lib/labels";
import { DeltaTable } from "./delta-table";

/** The headline categories in view; the long tail (languages, industries) folded away. */
export function CompareTables({
  models,
  rows,
  caption,
}: {
  models: CompareModel[];
  rows: CompareRow[];
  caption: string;
}) {
  const core = CORE_CATEGORIES as readonly string[];
  const main = rows.filter((r) => core.includes(r.category));
  const rest = rows.filter((r) => !core.includes(r.category));
  const first = main.length ? main : rest;
  return (
    <>
      <h3>Ratings and the difference from {models[0]?.name} (baseline)</h3>
      <p className="muted">
        Under each rating: its difference from the baseline in this snapshot&apos;s points, and
        whether the two 95% intervals overlap (if they do, the leaderboard cannot tell the two
        apart). &quot;—&quot; means not rated in that category.
      </p>
      <DeltaTable models={models} rows={first} caption={caption} />
      {main.length > 0 && rest.length > 0 && (
        <details data-testid="more-categories">
          <summary>{rest.length} more categories (languages, industries, filters)</summary>
          <DeltaTable
            models={models}
            rows={rest}
            caption={`${caption}, more categories`}
            testId="delta-table-more"
          />
        </details>
      )}
    </>
  );
}
